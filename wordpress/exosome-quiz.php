<?php
/**
 * Plugin Name:       Exosome Quiz
 * Description:       A skin quiz for your posts: would an exosome serum suit the reader's skin? A block and an [exosome_quiz] shortcode; no requests, no cookies, no tracking.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       exosome-quiz
 *
 * @package ExosomeQuiz
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'EXOSOME_QUIZ_VERSION', '0.1.0' );

/**
 * The rule README gives hosts: the element keeps its intro's height before
 * its script runs, so nothing below it moves when it does.
 */
define( 'EXOSOME_QUIZ_RESERVE', 'exosome-quiz:not(:defined) { display: block; font-size: medium; min-height: 24em; }' );

/**
 * Registers the element's script (from this folder, deferred), the reserve
 * rule, the editor's script, the block and the shortcode. Nothing is
 * enqueued here: only pages that show a quiz load the script.
 */
function exosome_quiz_init() {
	wp_register_script( 'exosome-quiz', plugins_url( 'exosome-quiz.iife.js', __FILE__ ), array(), EXOSOME_QUIZ_VERSION, false );
	// A style handle with no file: the rule is printed inline, only where enqueued.
	wp_register_style( 'exosome-quiz', false, array(), EXOSOME_QUIZ_VERSION );
	wp_add_inline_style( 'exosome-quiz', EXOSOME_QUIZ_RESERVE );
	wp_register_script(
		'exosome-quiz-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
		EXOSOME_QUIZ_VERSION,
		true
	);
	register_block_type( __DIR__ . '/block.json', array( 'render_callback' => 'exosome_quiz_render_block' ) );
	add_shortcode( 'exosome_quiz', 'exosome_quiz_shortcode' );
}
add_action( 'init', 'exosome_quiz_init' );

/**
 * WordPress 6.1 has no `strategy` argument for scripts (6.3 added it).
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle Its handle.
 * @return string
 */
function exosome_quiz_defer( $tag, $handle ) {
	if ( 'exosome-quiz' !== $handle || false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( ' src=', ' defer src=', $tag );
}
add_filter( 'script_loader_tag', 'exosome_quiz_defer', 10, 2 );

/**
 * Loads the script and the reserve rule. Called before the head is printed
 * for the posts of the main query, and again by each render, which covers a
 * quiz in a widget area or a template (there, in a classic theme, the script
 * and rule come after the quiz, at the foot of the page).
 */
function exosome_quiz_enqueue() {
	wp_enqueue_script( 'exosome-quiz' );
	wp_enqueue_style( 'exosome-quiz' );
}

/**
 * Whether a post shows a quiz, by its block or its shortcode.
 *
 * @param WP_Post $post The post.
 * @return bool
 */
function exosome_quiz_in_post( $post ) {
	return has_block( 'exosome-quiz/quiz', $post ) || has_shortcode( $post->post_content, 'exosome_quiz' );
}

/**
 * Enqueues in the head when a post of the main query shows a quiz.
 */
function exosome_quiz_enqueue_for_posts() {
	global $wp_query;
	if ( empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && exosome_quiz_in_post( $post ) ) {
			exosome_quiz_enqueue();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'exosome_quiz_enqueue_for_posts' );

/**
 * The block editor's live preview renders the element itself, so it needs
 * the script there too.
 */
function exosome_quiz_enqueue_for_editor() {
	exosome_quiz_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'exosome_quiz_enqueue_for_editor' );

/**
 * A block's settings, to the shortcode's names.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function exosome_quiz_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	return exosome_quiz_render(
		array(
			'heading'      => isset( $attributes['heading'] ) ? $attributes['heading'] : '',
			'product_url'  => isset( $attributes['productUrl'] ) ? $attributes['productUrl'] : '',
			'product_name' => isset( $attributes['productName'] ) ? $attributes['productName'] : '',
			'theme'        => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			'persist'      => isset( $attributes['persist'] ) ? $attributes['persist'] : '',
			'skip_intro'   => ! empty( $attributes['skipIntro'] ),
		)
	);
}

/**
 * `[exosome_quiz heading="..." product_url="..." product_name="..." theme="..." persist="..." skip_intro="true"]`
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function exosome_quiz_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	// Hyphenated names as in the element's own attributes are accepted too.
	foreach ( array( 'product-url', 'product-name', 'skip-intro' ) as $hyphenated ) {
		if ( isset( $atts[ $hyphenated ] ) ) {
			$atts[ str_replace( '-', '_', $hyphenated ) ] = $atts[ $hyphenated ];
		}
	}
	$atts = shortcode_atts(
		array(
			'heading'      => '',
			'product_url'  => '',
			'product_name' => '',
			'theme'        => '',
			'persist'      => '',
			'skip_intro'   => '',
		),
		$atts,
		'exosome_quiz'
	);
	$atts['skip_intro'] = in_array( strtolower( trim( (string) $atts['skip_intro'] ) ), array( '1', 'true', 'yes', 'on', 'skip_intro', 'skip-intro' ), true );
	return exosome_quiz_render( $atts );
}

/**
 * The one rendering of a quiz, for the block and the shortcode: the element
 * with its attributes, each escaped, and a line of fallback text that shows
 * until the script defines the element (its shadow root has no slot, so the
 * line disappears then) and stays if the script never loads.
 *
 * @param array $settings heading, product_url, product_name, theme, persist (strings), skip_intro (bool).
 * @return string
 */
function exosome_quiz_render( $settings ) {
	static $count = 0;
	++$count;
	exosome_quiz_enqueue();

	// Each quiz on a page needs its own id: it keys the saved progress and the share link.
	$attributes = array( 'id' => 1 === $count ? 'skin-quiz' : 'skin-quiz-' . $count );
	$heading    = trim( (string) $settings['heading'] );
	if ( '' !== $heading ) {
		$attributes['heading'] = $heading;
	}
	$url = esc_url( trim( (string) $settings['product_url'] ), array( 'http', 'https' ) );
	if ( '' !== $url ) {
		$attributes['product-url'] = $url;
	}
	$name = trim( (string) $settings['product_name'] );
	if ( '' !== $name ) {
		$attributes['product-name'] = $name;
	}
	if ( in_array( $settings['theme'], array( 'auto', 'light', 'dark' ), true ) && 'auto' !== $settings['theme'] ) {
		$attributes['theme'] = $settings['theme'];
	}
	if ( in_array( $settings['persist'], array( 'session', 'local', 'none' ), true ) && 'session' !== $settings['persist'] ) {
		$attributes['persist'] = $settings['persist'];
	}

	$html = '<exosome-quiz';
	foreach ( $attributes as $attribute => $value ) {
		$html .= ' ' . $attribute . '="' . esc_attr( $value ) . '"';
	}
	if ( ! empty( $settings['skip_intro'] ) ) {
		$html .= ' skip-intro';
	}
	$html .= '><p>' . esc_html__( 'The skin quiz needs JavaScript to run. If you can read this line, its script has not loaded.', 'exosome-quiz' ) . '</p></exosome-quiz>';
	return $html;
}
