import Foundation
import MidasCore

/// `DIR/report.html`: one self-contained page (inline CSS and SVG, no network, readable without
/// JavaScript) built from a run folder's files only: the run's header, a sortable summary of all variants,
/// and per variant the equity and drawdown charts, per-regime, trade and monthly tables.
///
/// Variants appear ranked by the summary's first metric; the first ``openVariantCount`` are expanded, the
/// others collapsed, so a grid of a hundred variants stays usable.
public enum ReportPage {
    /// The report's file name inside a run folder.
    public static let fileName = "report.html"
    /// How many of the best-ranked variants are shown expanded.
    public static let openVariantCount = 5

    /// Reads the run folder `runFolder` and writes its `report.html` atomically; returns the file's URL.
    ///
    /// - Throws: ``InputError`` when a run file is missing or does not parse; a file system error when the
    ///   page cannot be written.
    @discardableResult
    public static func write(runFolder: URL) throws -> URL {
        let url = runFolder.appendingPathComponent(fileName)
        try AtomicFile.write(try html(runFolder: runFolder).utf8, to: url)
        return url
    }

    /// The page for the run folder `runFolder`.
    ///
    /// - Throws: ``InputError`` when a run file is missing or does not parse.
    public static func html(runFolder: URL) throws -> String {
        html(for: try ReportInput(folder: runFolder))
    }

    static func html(for input: ReportInput) -> String {
        let pipeline = input.manifest["pipeline"] ?? ""
        let name = (pipeline as NSString).lastPathComponent
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>Midas report: \(HTMLText.escaped(name))</title>\n<style>\n" + ReportStyle.css + "</style>\n"
        out += "</head>\n<body>\n<header>\n<h1>Midas report: \(HTMLText.escaped(name))</h1>\n" + header(input)
        out += "</header>\n<main>\n"
        let metric = rankingMetric(input.summary)
        let ranked = ranking(input, metric: metric)
        out += "<section>\n<h2>Variants (\(input.variants.count))</h2>\n"
        out += "<p class=\"muted\">Click a column heading to sort. Ranked below by "
        let expanded = min(openVariantCount, input.variants.count)
        out += "\(HTMLText.escaped(metric ?? "summary order")); "
        out +=
            expanded == input.variants.count ? "all are expanded.</p>\n" : "the first \(expanded) are expanded.</p>\n"
        out += summaryTable(input.summary, rank: ranked) + "</section>\n"
        out += "<section>\n<h2>Per variant</h2>\n"
        for (position, index) in ranked.enumerated() {
            let section = VariantSection(
                variant: input.variants[index], underlyingName: input.manifest["symbol"] ?? "underlying")
            out += section.html(rank: position + 1, isOpen: position < openVariantCount)
        }
        out += "</section>\n</main>\n<script>\n" + ReportStyle.sortScript + "</script>\n</body>\n</html>\n"
        return out
    }

    /// The manifest's fields: the known ones first in a fixed order, then the rest by name, then the versions.
    static func header(_ input: ReportInput) -> String {
        let known = ["pipeline", "symbol", "timeframe", "range", "source", "settings_fingerprint", "run_fingerprint"]
        let keys =
            known.filter { input.manifest[$0] != nil } + input.manifest.keys.filter { !known.contains($0) }.sorted()
        var out = "<dl class=\"run\">\n"
        for key in keys {
            let value = input.manifest[key]!
            let shown = key == "source" && value != "dynamic" ? "artifact \(value)" : value
            out += "<dt>\(HTMLText.escaped(key.replacingOccurrences(of: "_", with: " ")))</dt>"
            out += "<dd>\(HTMLText.escaped(shown))</dd>\n"
        }
        if let bars = input.variants.first?.timestamps, let first = bars.first, let last = bars.last {
            out +=
                "<dt>bars</dt><dd>\(HTMLText.escaped("\(first.prefix(10)) to \(last.prefix(10)), \(bars.count) bars"))</dd>\n"
        }
        if !input.versions.isEmpty {
            let versions = input.versions.keys.sorted().map { "\($0) \(input.versions[$0]!)" }
            out += "<dt>versions</dt><dd>\(HTMLText.escaped(versions.joined(separator: ", ")))</dd>\n"
        }
        return out + "</dl>\n"
    }

    /// The summary's first metric column: the first after `variant` and `strategy`.
    static func rankingMetric(_ summary: CSVTable) -> String? {
        summary.header.first { $0 != "variant" && $0 != "strategy" }
    }

    /// Variant positions ranked by `metric`, highest first, missing values last, ties in summary order.
    static func ranking(_ input: ReportInput, metric: String?) -> [Int] {
        let values = input.variants.map { variant in metric.flatMap { variant.metrics[$0] } ?? .nan }
        return input.variants.indices.sorted { a, b in
            let (x, y) = (values[a], values[b])
            if x.isNaN != y.isNaN { return y.isNaN }
            if !x.isNaN, x != y { return x > y }
            return a < b
        }
    }

    /// All variants as a sortable table in ranking order; numeric cells carry their value for sorting.
    static func summaryTable(_ summary: CSVTable, rank: [Int]) -> String {
        var out = "<div class=\"scroll\"><table class=\"sortable summary\"><thead><tr><th data-type=\"number\">#</th>"
        for column in summary.header {
            let type = column == "variant" || column == "strategy" ? "text" : "number"
            let heading = HTMLText.escaped(column.replacingOccurrences(of: "_", with: " "))
            out += "<th class=\"\(type)\" data-type=\"\(type)\">\(heading)</th>"
        }
        out += "</tr></thead><tbody>\n"
        for (position, row) in rank.enumerated() {
            out += "<tr><td data-value=\"\(position + 1)\">\(position + 1)</td>"
            for (column, name) in summary.header.enumerated() {
                let text = summary.text(row: row, at: column)
                if name == "variant" {
                    let escaped = HTMLText.escaped(text)
                    out += "<td><a href=\"#\(HTMLText.identifier(text))\">\(escaped)</a></td>"
                } else if name != "strategy", let value = Double(text) {
                    out += "<td data-value=\"\(HTMLText.escaped(text))\">\(DisplayNumber.metric(name, value))</td>"
                } else {
                    out += "<td>\(HTMLText.escaped(text.isEmpty ? DisplayNumber.missing : text))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }
}
