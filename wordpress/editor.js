/*
 * The block's editor side, in plain JavaScript on WordPress's globals: no
 * build step. The block is dynamic: PHP renders it (the same function as the
 * shortcode), and the editor shows that rendering live through
 * ServerSideRender, with the element's script loaded in the editor.
 */
( function ( wp ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var ToggleControl = wp.components.ToggleControl;
	var ServerSideRender = wp.serverSideRender;

	function setting( props, name ) {
		return function ( value ) {
			var change = {};
			change[ name ] = value;
			props.setAttributes( change );
		};
	}

	function Edit( props ) {
		var a = props.attributes;
		return el(
			'div',
			useBlockProps(),
			el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Quiz settings', 'exosome-quiz' ), initialOpen: true },
					el( TextControl, {
						label: __( 'Heading', 'exosome-quiz' ),
						help: __( 'The intro\'s title. Empty: "Would an exosome serum suit your skin?"', 'exosome-quiz' ),
						value: a.heading,
						onChange: setting( props, 'heading' ),
					} ),
					el( TextControl, {
						label: __( 'Product link', 'exosome-quiz' ),
						help: __( 'An https:// or http:// address. Shown under the verdicts where a serum fits, marked sponsored.', 'exosome-quiz' ),
						type: 'url',
						value: a.productUrl,
						onChange: setting( props, 'productUrl' ),
					} ),
					el( TextControl, {
						label: __( 'Product name', 'exosome-quiz' ),
						help: __( 'The link\'s text. Empty: "See the suggested serum"', 'exosome-quiz' ),
						value: a.productName,
						onChange: setting( props, 'productName' ),
					} ),
					el( SelectControl, {
						label: __( 'Theme', 'exosome-quiz' ),
						value: a.theme,
						options: [
							{ value: 'auto', label: __( 'Follow the reader\'s system', 'exosome-quiz' ) },
							{ value: 'light', label: __( 'Light', 'exosome-quiz' ) },
							{ value: 'dark', label: __( 'Dark', 'exosome-quiz' ) },
						],
						onChange: setting( props, 'theme' ),
					} ),
					el( SelectControl, {
						label: __( 'Keep progress', 'exosome-quiz' ),
						value: a.persist,
						options: [
							{ value: 'session', label: __( 'Through a reload, in the same tab', 'exosome-quiz' ) },
							{ value: 'local', label: __( 'Across visits, for 30 days', 'exosome-quiz' ) },
							{ value: 'none', label: __( 'Only while the page is open', 'exosome-quiz' ) },
						],
						onChange: setting( props, 'persist' ),
					} ),
					el( ToggleControl, {
						label: __( 'Skip the intro', 'exosome-quiz' ),
						help: __( 'Start at the first question.', 'exosome-quiz' ),
						checked: a.skipIntro,
						onChange: setting( props, 'skipIntro' ),
					} )
				)
			),
			el( ServerSideRender, { block: props.name, attributes: a } )
		);
	}

	wp.blocks.registerBlockType( 'exosome-quiz/quiz', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp );
