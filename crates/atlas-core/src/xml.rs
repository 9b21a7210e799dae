//! Text made safe to write inside SVG: for the saved picture and the callouts both draw.

/// Escapes `s` for an XML attribute value or text node.
///
/// ```
/// assert_eq!(atlas_core::xml::escape(r#"<"Kwantung" & co>"#), "&lt;&quot;Kwantung&quot; &amp; co&gt;");
/// ```
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
