"""Rich text of notices through an allow-list (nh3, the Rust ``ammonia`` sanitiser): formatting,
lists, tables, links and images stay; scripts, styles, event handlers and unknown tags go."""

from __future__ import annotations

import nh3

TAGS = {
    "p", "br", "hr", "strong", "b", "em", "i", "u", "s", "sub", "sup", "span", "blockquote",
    "h1", "h2", "h3", "h4", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "td": {"colspan", "rowspan"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(html: str) -> str:
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer")
