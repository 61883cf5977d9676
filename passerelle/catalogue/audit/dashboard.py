"""The audit dashboard: one self-contained HTML page, in French (English on demand).

Summary by organisation (completeness, share of open / shared / closed data, overdue updates,
broken links), charts drawn with matplotlib as SVG inlined in the page, and a table of every
finding with its record. Nothing is loaded from anywhere: no script, no font, no image from the
network; the page's Content-Security-Policy forbids it. The figures come from
:class:`~.report.AuditReport` (the same as the JSON); each table cell carries its figure in a
``data-`` attribute so that programs can read the page too.
"""
from __future__ import annotations

import html
import io
import re

from ..findings import severity_label
from .model import ACCESS_CATEGORIES, CLOSED, OPEN, SHARED, UNKNOWN

MAX_BARS = 25  # organisations shown in a chart (the table lists them all)
MAX_ROWS = 10000  # findings listed in the page (a browser still opens it); all are in the CSV and the JSON
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
COLOURS = {OPEN: "#2e7d32", SHARED: "#ef6c00", CLOSED: "#c62828", UNKNOWN: "#9e9e9e"}
ACCENT = "#1f5f8b"

LABELS = {
    "fr": {
        "title": "Audit du catalogue", "source": "Source", "profile": "Profil", "date": "Date de l'audit",
        "partial": "Audit interrompu avant la fin : les chiffres portent sur les fiches lues.",
        "records": "Fiches", "organisations": "Organisations", "completeness": "Complétude moyenne",
        "errors": "Erreurs", "warnings": "Avertissements", "broken_links": "Liens cassés",
        "overdue": "Mises à jour en retard", "links_checked": "Adresses vérifiées", "links_off": "non vérifiés",
        "charts": "Graphiques", "by_organisation": "Synthèse par organisation", "organisation": "Organisation",
        "by_frequency": "Mises à jour en retard par fréquence déclarée", "frequency": "Fréquence déclarée",
        "by_code": "Constats par code", "code": "Code", "severity": "Gravité", "count": "Nombre",
        "findings": "Tous les constats", "record": "Fiche", "field": "Champ", "link": "Lien", "message": "Constat",
        "none": "Aucun constat : toutes les fiches passent les vérifications.", "nodata": "Aucune donnée",
        OPEN: "ouverte", SHARED: "partagée", CLOSED: "fermée", UNKNOWN: "non renseignée",
        "chart_completeness": "Complétude des fiches par organisation (%)",
        "chart_access": "Degré d'accessibilité des données par organisation (nombre de fiches)",
        "chart_overdue": "Mises à jour en retard par fréquence déclarée (nombre de fiches)",
        "chart_links": "Liens cassés par organisation",
        "first": "{n} premières organisations (par nombre de fiches)", "on_time": "à jour",
        "generated": "Rapport produit par Passerelle.",
        "more": "Seuls les {shown} premiers constats sur {total} sont listés ici : tous figurent dans les fichiers "
                "CSV et JSON de l'audit.",
    },
    "en": {
        "title": "Catalogue audit", "source": "Source", "profile": "Profile", "date": "Audit date",
        "partial": "Audit cancelled before its end: the figures cover the records read.",
        "records": "Records", "organisations": "Organisations", "completeness": "Mean completeness",
        "errors": "Errors", "warnings": "Warnings", "broken_links": "Broken links",
        "overdue": "Overdue updates", "links_checked": "Addresses checked", "links_off": "not checked",
        "charts": "Charts", "by_organisation": "Summary by organisation", "organisation": "Organisation",
        "by_frequency": "Overdue updates by declared frequency", "frequency": "Declared frequency",
        "by_code": "Findings by code", "code": "Code", "severity": "Severity", "count": "Count",
        "findings": "Every finding", "record": "Record", "field": "Field", "link": "Link", "message": "Finding",
        "none": "No finding: every record passes the checks.", "nodata": "No data",
        OPEN: "open", SHARED: "shared", CLOSED: "closed", UNKNOWN: "not stated",
        "chart_completeness": "Record completeness by organisation (%)",
        "chart_access": "Access level of the data by organisation (records)",
        "chart_overdue": "Overdue updates by declared frequency (records)",
        "chart_links": "Broken links by organisation",
        "first": "first {n} organisations (by number of records)", "on_time": "on time",
        "generated": "Report produced by Passerelle.",
        "more": "Only the first {shown} findings of {total} are listed here: all are in the audit's CSV and JSON "
                "files.",
    },
}

_STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:1.5em;color:#222;background:#fff}
h1{margin:0 0 .2em 0;color:#1f5f8b}h2{margin-top:1.6em;border-bottom:2px solid #1f5f8b;padding-bottom:.2em}
.meta{color:#555;margin:0}.partial{background:#fff3cd;border:1px solid #e0c36a;padding:.5em}
.cards{display:flex;flex-wrap:wrap;gap:.8em;margin-top:1em}
.card{border:1px solid #ccd;border-radius:6px;padding:.6em 1em;min-width:9em;background:#f6f8fb}
.card .value{font-size:1.6em;font-weight:bold}.card .label{color:#555;font-size:.9em}
.charts{display:flex;flex-wrap:wrap;gap:1em}.chart{margin:0;flex:1 1 30em;max-width:48em}
.chart svg{width:100%;height:auto}figcaption{font-size:.9em;color:#555}
table{border-collapse:collapse;margin-top:.6em;font-size:.92em}#findings{width:100%}
#findings td.code{white-space:nowrap}#findings td.rec{min-width:12em}#findings td.link{overflow-wrap:anywhere;
max-width:22em}#findings td.msg{min-width:26em}
th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}th{background:#e8eef5;text-align:left}
td.n{text-align:right}tr.error td.sev{background:#fdd}tr.warning td.sev{background:#ffd}tr.info td.sev{background:#def}
code{font-size:.95em}.muted{color:#777}footer{margin-top:2em;color:#777;font-size:.85em}
"""


def render(report, language: str = "fr") -> str:
    """The dashboard of ``report`` as one HTML document."""
    t = LABELS["fr" if language.startswith("fr") else "en"]
    totals = report.totals()
    organisations = report.organisations()
    frequencies = report.overdue_by_frequency()
    parts = [
        f"<!DOCTYPE html><html lang='{language[:2]}'><head><meta charset='utf-8'>",
        f"<meta http-equiv='Content-Security-Policy' content=\"{CSP}\">",
        "<link rel='icon' href='data:,'>",
        f"<title>{_e(t['title'])} — {_e(report.source)}</title><style>{_STYLE}</style></head><body>",
        f"<header><h1>{_e(t['title'])}</h1>",
        f"<p class='meta'>{_e(t['source'])} : <code>{_e(report.source)}</code>"
        + (f" · {_e(t['profile'])} : {_e(report.profile)}" if report.profile else "")
        + f" · {_e(t['date'])} : {_e(report.today)}</p></header>",
    ]
    if not report.complete:
        parts.append(f"<p class='partial' id='partial'>{_e(t['partial'])}</p>")
    parts.append(_cards(totals, report, t))
    parts.append(f"<section id='graphiques'><h2>{_e(t['charts'])}</h2><div class='charts'>")
    parts.append(_charts(organisations, frequencies, t))
    parts.append("</div></section>")
    parts.append(_organisation_table(organisations, t))
    parts.append(_frequency_table(frequencies, t))
    parts.append(_code_table(report, t, language))
    parts.append(_findings_table(report, t, language))
    parts.append(f"<footer>{_e(t['generated'])} {_e(report.generated)}</footer></body></html>")
    return "".join(parts)


# --- blocks ---------------------------------------------------------------------------------

def _cards(totals: dict, report, t: dict) -> str:
    links = str(totals["links_checked"]) if report.settings.get("links", True) else t["links_off"]
    cards = [("records", totals["records"]), ("organisations", totals["organisations"]),
             ("completeness", f"{_number(totals['completeness'])} %"), ("errors", totals["errors"]),
             ("warnings", totals["warnings"]), ("broken_links", totals["broken_links"]),
             ("overdue", totals["overdue"]), ("links_checked", links)]
    raw = {"completeness": totals["completeness"], "links_checked": totals["links_checked"]}
    items = "".join(f"<div class='card' data-total='{key}' data-value='{_e(raw.get(key, value))}'>"
                    f"<div class='value'>{_e(value)}</div><div class='label'>{_e(t[key])}</div></div>"
                    for key, value in cards)
    shares = "".join(f"<div class='card' data-total='access-{category}' data-value='{totals['access'][category]}'>"
                     f"<div class='value' style='color:{COLOURS[category]}'>{totals['access'][category]}</div>"
                     f"<div class='label'>{_e(t[category])}</div></div>" for category in ACCESS_CATEGORIES)
    return f"<section id='synthese'><div class='cards'>{items}{shares}</div></section>"


def _organisation_table(rows: list, t: dict) -> str:
    head = [t["organisation"], t["records"], t["completeness"], *(t[c] for c in ACCESS_CATEGORIES),
            t["overdue"], t["broken_links"], t["errors"], t["warnings"]]
    keys = ["records", "completeness", *ACCESS_CATEGORIES, "overdue", "broken_links", "errors", "warnings"]
    body = []
    for row in rows:
        cells = "".join(f"<td class='n' data-key='{key}' data-value='{_e(row[key])}'>"
                        f"{_e(_cell(row, key))}</td>" for key in keys)
        body.append(f"<tr data-organisation='{_e(row['organisation'])}'><td>{_e(row['organisation'])}</td>"
                    f"{cells}</tr>")
    return (f"<section id='organisations'><h2>{_e(t['by_organisation'])}</h2><table><thead><tr>"
            + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr></thead><tbody>" + "".join(body)
            + "</tbody></table></section>")


def _cell(row: dict, key: str) -> str:
    if key == "completeness":
        return f"{_number(row[key])} %"
    if key in ACCESS_CATEGORIES:
        return f"{row[key]} ({_number(row[f'{key}_share'])} %)"
    return str(row[key])


def _frequency_table(rows: list, t: dict) -> str:
    body = "".join(f"<tr data-frequency='{_e(row['label'])}'><td>{_e(row['label'])}</td>"
                   f"<td class='n' data-key='records' data-value='{row['records']}'>{row['records']}</td>"
                   f"<td class='n' data-key='overdue' data-value='{row['overdue']}'>{row['overdue']}</td></tr>"
                   for row in rows)
    return (f"<section id='frequences'><h2>{_e(t['by_frequency'])}</h2><table><thead><tr>"
            f"<th>{_e(t['frequency'])}</th><th>{_e(t['records'])}</th><th>{_e(t['overdue'])}</th></tr></thead>"
            f"<tbody>{body}</tbody></table></section>")


def _code_table(report, t: dict, language: str) -> str:
    body = "".join(f"<tr class='{_e(severity)}' data-code='{_e(code)}'><td><code>{_e(code)}</code></td>"
                   f"<td class='sev'>{_e(severity_label(severity, language))}</td>"
                   f"<td class='n' data-key='count' data-value='{count}'>{count}</td></tr>"
                   for code, severity, count in report.by_code())
    return (f"<section id='codes'><h2>{_e(t['by_code'])}</h2><table><thead><tr><th>{_e(t['code'])}</th>"
            f"<th>{_e(t['severity'])}</th><th>{_e(t['count'])}</th></tr></thead><tbody>{body}</tbody></table>"
            "</section>")


def _findings_table(report, t: dict, language: str) -> str:
    if not report.findings:
        return f"<section id='constats'><h2>{_e(t['findings'])}</h2><p id='no-finding'>{_e(t['none'])}</p></section>"
    rows = []
    by_key = {summary.key: summary for summary in report.records}
    for f in report.findings[:MAX_ROWS]:
        summary = by_key.get(f.record) if f.record else None
        where = summary.url if summary is not None else ""
        title = _e(f.title or f.record or "—")
        record = f"<a href='{_e(where)}'>{title}</a>" if where.startswith(("http://", "https://")) else title
        identifier = f"<br><span class='muted'>{_e(f.identifier)}</span>" if f.identifier else ""
        link = f"<a href='{_e(f.url)}'>{_e(_short(f.url))}</a>" if f.url.startswith(("http://", "https://")) \
            else _e(f.url)
        rows.append(f"<tr class='{_e(f.severity)}' data-code='{_e(f.code)}' data-record='{_e(f.record)}'>"
                    f"<td class='sev'>{_e(severity_label(f.severity, language))}</td><td class='code'><code>"
                    f"{_e(f.code)}</code></td><td>{_e(f.organisation)}</td><td class='rec'>{record}{identifier}</td>"
                    f"<td>{_e(f.field)}</td><td class='link'>{link}</td><td class='msg'>{_e(f.message(language))}</td>"
                    "</tr>")
    head = (t["severity"], t["code"], t["organisation"], t["record"], t["field"], t["link"], t["message"])
    more = (f"<p id='more-findings'>{_e(t['more'].format(shown=MAX_ROWS, total=len(report.findings)))}</p>"
            if len(report.findings) > MAX_ROWS else "")
    return (f"<section id='constats'><h2>{_e(t['findings'])} ({len(report.findings)})</h2>{more}<table id='findings'>"
            "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr></thead><tbody>" + "".join(rows)
            + "</tbody></table></section>")


# --- charts ---------------------------------------------------------------------------------

def _charts(organisations: list, frequencies: list, t: dict) -> str:
    shown = organisations[:MAX_BARS]
    note = f" — {t['first'].format(n=MAX_BARS)}" if len(organisations) > MAX_BARS else ""
    names = [row["organisation"] for row in shown]
    charts = [
        ("chart-completeness", t["chart_completeness"] + note,
         _bars(names, [row["completeness"] for row in shown], ACCENT, t, limit=100)),
        ("chart-access", t["chart_access"] + note,
         _stacked(names, {c: [row[c] for row in shown] for c in ACCESS_CATEGORIES}, t)),
        ("chart-overdue", t["chart_overdue"],
         _stacked([row["label"] for row in frequencies[:MAX_BARS]],
                  {"overdue": [row["overdue"] for row in frequencies[:MAX_BARS]],
                   "on_time": [row["records"] - row["overdue"] for row in frequencies[:MAX_BARS]]}, t,
                  colours={"overdue": "#c62828", "on_time": "#90a4ae"},
                  labels={"overdue": t["overdue"], "on_time": t["on_time"]})),
        ("chart-links", t["chart_links"] + note,
         _bars(names, [row["broken_links"] for row in shown], "#c62828", t)),
    ]
    return "".join(f"<figure class='chart' id='{name}'>{svg}<figcaption>{_e(caption)}</figcaption></figure>"
                   for name, caption, svg in charts)


def _figure(rows: int):
    from matplotlib.figure import Figure

    return Figure(figsize=(7.5, max(1.8, 0.32 * max(rows, 1) + 1.0)), dpi=96)


def _bars(names: list, values: list, colour: str, t: dict, limit=None) -> str:
    figure = _figure(len(names))
    axes = figure.add_subplot(1, 1, 1)
    if not names:
        return _empty(figure, axes, t)
    positions = list(range(len(names)))[::-1]
    bars = axes.barh(positions, values, color=colour)
    axes.set_yticks(positions, [_label(n) for n in names])
    axes.bar_label(bars, labels=[_number(v) for v in values], padding=3, fontsize=8)
    top = limit if limit is not None else max(values + [1])
    axes.set_xlim(0, top * 1.12)
    if limit == 100:
        axes.set_xticks([0, 25, 50, 75, 100])
    return _svg(figure, axes, integer=limit != 100)


def _stacked(names: list, series: dict, t: dict, colours=None, labels=None) -> str:
    figure = _figure(len(names))
    axes = figure.add_subplot(1, 1, 1)
    if not names:
        return _empty(figure, axes, t)
    positions = list(range(len(names)))[::-1]
    left = [0] * len(names)
    for key, values in series.items():
        axes.barh(positions, values, left=left, color=(colours or COLOURS)[key], label=(labels or t)[key])
        left = [a + b for a, b in zip(left, values)]
    axes.set_yticks(positions, [_label(n) for n in names])
    axes.set_xlim(0, max(left + [1]) * 1.05)
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.6 / max(len(names), 1)), fontsize=8,
                frameon=False, ncols=len(series))
    return _svg(figure, axes)


def _empty(figure, axes, t: dict) -> str:
    axes.text(0.5, 0.5, t["nodata"], ha="center", va="center", transform=axes.transAxes)
    axes.set_axis_off()
    return _svg(figure, axes)


def _svg(figure, axes, integer: bool = True) -> str:
    import matplotlib

    from matplotlib.backends.backend_svg import FigureCanvasSVG

    from matplotlib.ticker import MaxNLocator

    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=8)
    if integer:
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    figure.tight_layout()
    buffer = io.StringIO()
    # text stays text (searchable, light); ids are stable from one run to the next
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "passerelle-audit"}):
        FigureCanvasSVG(figure).print_svg(buffer, metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    return re.sub(r"^.*?(<svg\b)", r"\1", text, count=1, flags=re.DOTALL)


def _label(name: str) -> str:
    return name if len(name) <= 38 else name[:37] + "…"


def _number(value) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return str(int(value)) if isinstance(value, float) else str(value)


def _short(url: str) -> str:
    return url if len(url) <= 80 else url[:79] + "…"


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)
