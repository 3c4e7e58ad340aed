/// The report's inline style sheet and its one small script (column sorting; the page reads without it).
enum ReportStyle {
    /// The style sheet: system fonts only, regime colours shared by the charts and the tables.
    static let css = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430;
          margin: 0; background: #f6f7f9; }
        header, main { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
        header { padding-top: 16px; }
        h1 { font-size: 22px; margin: 8px 0; }
        h2 { font-size: 18px; margin: 24px 0 8px; }
        h3 { font-size: 14px; margin: 16px 0 4px; color: #4a5568; }
        dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 8px; }
        dl.run dt { color: #4a5568; }
        dl.run dd { margin: 0; font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
        .muted { color: #6b7280; }
        .scroll { overflow: auto; max-height: 70vh; }
        table { border-collapse: collapse; background: #fff; font-variant-numeric: tabular-nums; }
        th, td { padding: 3px 8px; border-bottom: 1px solid #e5e7eb; text-align: right; white-space: nowrap; }
        th { font-weight: 600; }
        thead th { background: #eef1f5; position: sticky; top: 0; }
        tbody th, table.summary td:nth-child(2), table.summary td:nth-child(3) { text-align: left; }
        table.summary { font-size: 13px; }
        table.summary td:first-child { color: #6b7280; }
        table.summary th.text { text-align: left; }
        table.summary thead th { white-space: normal; vertical-align: bottom; }
        table.monthly td, table.monthly th { padding: 3px 5px; }
        table.monthly td:last-child { font-weight: 600; border-left: 1px solid #d0d5dc; }
        table.sortable thead th { cursor: pointer; }
        table.sortable thead th[aria-sort="ascending"]::after { content: " ▲"; }
        table.sortable thead th[aria-sort="descending"]::after { content: " ▼"; }
        td.gain { color: #0a7a3d; }
        td.loss { color: #b42318; }
        details.variant { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; margin: 10px 0;
          padding: 6px 12px; }
        details.variant > summary { cursor: pointer; padding: 4px 0; }
        .rank { color: #6b7280; }
        .columns { display: flex; flex-wrap: wrap; gap: 24px; }
        svg.chart { width: 100%; height: auto; max-width: 900px; display: block; }
        svg.chart .frame { fill: none; stroke: #9aa3af; }
        svg.chart .grid { stroke: #e5e7eb; stroke-width: 1; }
        svg.chart text { font-size: 11px; fill: #4a5568; }
        svg.chart text.secondary { fill: #8a8f98; }
        svg.chart text.legend { font-size: 12px; fill: #1d2430; paint-order: stroke; stroke: #fff;
          stroke-width: 3px; }
        svg.chart polyline, svg.chart line.line-0, svg.chart line.line-1, svg.chart line.line-2 { fill: none;
          stroke-width: 1.5; stroke-linejoin: round; }
        .line-0 { stroke: #1f5fbf; }
        .line-1 { stroke: #8a8f98; stroke-dasharray: 4 3; }
        .line-2 { stroke: #b42318; }
        .regime-warmup { fill: #eceff3; background: #eceff3; }
        .regime-trend_up { fill: #dff3e6; background: #dff3e6; }
        .regime-trend_down { fill: #fbe3e1; background: #fbe3e1; }
        .regime-range { fill: #e3ecfb; background: #e3ecfb; }
        .regime-high_vol { fill: #fdf0d5; background: #fdf0d5; }
        .swatch { display: inline-block; width: 12px; height: 12px; margin: 0 4px -2px 0;
          border: 1px solid #c7ccd4; }
        p.legend { margin: 2px 0 0; font-size: 12px; color: #4a5568; }
        p.legend span { margin-right: 12px; }

        """

    /// Sorts a `table.sortable` by the clicked column (numbers by their `data-value`, else by text).
    static let sortScript = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          table.querySelectorAll("thead th").forEach(function (th, column) {
            th.addEventListener("click", function () {
              var descending = th.getAttribute("aria-sort") !== "descending";
              table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", descending ? "descending" : "ascending");
              var numeric = th.dataset.type === "number";
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              function key(row) {
                var cell = row.cells[column];
                if (!numeric) return cell.textContent;
                var value = parseFloat(cell.dataset.value);
                return isNaN(value) ? null : value;
              }
              rows.sort(function (a, b) {
                var x = key(a), y = key(b);
                if (x === y) return 0;
                if (x === null) return 1;
                if (y === null) return -1;
                var order = x < y ? -1 : 1;
                return descending ? -order : order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });

        """
}
