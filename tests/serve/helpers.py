"""Parse served HTML and list whatever markup could run script."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

OUR_SCRIPTS = {"/static/app.js"}
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "header", "nav", "a", "form",
    "input", "button", "main", "footer", "h1", "h2", "h3", "p", "dl", "dt", "dd", "div", "section",
    "table", "thead", "tbody", "tr", "th", "td", "span", "ul", "ol", "li", "bdi", "time", "code",
    "q", "mark", "strong", "br", "details", "summary", "article", "aside", "label", "select",
    "option",
    # issue 20: server-rendered charts (an <svg class="chart"> built by serve/charts)
    "figure", "figcaption", "svg", "rect", "line", "circle", "path", "text", "tspan",
}  # fmt: skip


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"unexpected tag <{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name == "style":
                self.problems.append(f"inline style on <{tag}>")
            if name in ("href", "src", "action") and value:
                scheme = urlsplit(value.strip()).scheme.lower()
                if scheme not in ("", "http", "https"):
                    self.problems.append(f"{name}={value[:40]!r} on <{tag}>")
        if tag == "svg" and "chart" not in (dict(attrs).get("class") or "").split():
            self.problems.append("an <svg> that is not one of our charts")
        if tag == "script" and dict(attrs).get("src") not in OUR_SCRIPTS:
            self.problems.append(f"script {attrs!r}")


def markup_problems(html: str) -> list[str]:
    audit = _Audit()
    audit.feed(html)
    audit.close()
    return audit.problems
