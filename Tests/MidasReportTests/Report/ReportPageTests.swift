import Foundation
import MidasCore
import Testing

@testable import MidasReport

struct ReportPageTests {
    @Test func holdsEverySection() throws {
        let fixture = try ReportRunFixture()
        let html = try ReportPage.html(runFolder: fixture.root)
        for section in [
            "<h2>Variants (2)</h2>", "<table class=\"sortable summary\">", "<h3>Equity</h3>", "<h3>Drawdown</h3>",
            "<h3>Per regime</h3>", "<h3>Trades</h3>", "<h3>Monthly returns</h3>", "<dt>source</dt><dd>dynamic</dd>",
            "<dt>versions</dt><dd>context 1, midas 0.1.0</dd>", "Ranked below by total_return; all are expanded.",
        ] {
            #expect(html.contains(section), "missing \(section)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func drawsTheEquityAndUnderlyingAsPolylines() throws {
        let fixture = try ReportRunFixture()
        let html = try ReportPage.html(runFolder: fixture.root)
        // Equity 1.1M…1.25M on an axis of 1.1M…1.25M (step 50,000): y = 210 − 200 · (v − 1.1M) / 150,000,
        // x = 80 + 760 · i / 3.
        #expect(html.contains("<polyline class=\"line-0\" points=\"80,210 333.3,76.7 586.7,143.3 840,10\"/>"))
        // The underlying 21500…21700 on its own axis 21500…21700.
        #expect(html.contains("<polyline class=\"line-1\" points=\"80,210 333.3,110 586.7,160 840,10\"/>"))
    }

    @Test func shadesEachRunOfARegimeFromTheFirstDecisionOfABar() throws {
        let fixture = try ReportRunFixture()
        let html = try ReportPage.html(runFolder: fixture.root)
        // Bars 0–1 range, 2–3 high_vol; a bar covers half the 253.3 gap to its neighbours: the runs meet at 460.
        #expect(html.contains("<rect class=\"regime-range\" x=\"80\" y=\"10\" width=\"380\" height=\"200\"/>"))
        #expect(html.contains("<rect class=\"regime-high_vol\" x=\"460\" y=\"10\" width=\"380\" height=\"200\"/>"))
    }

    @Test func tabulatesMonthsRegimesAndTrades() throws {
        let fixture = try ReportRunFixture()
        let html = try ReportPage.html(runFolder: fixture.root)
        // January 1.2M / 1M − 1, February 1.25M / 1.2M − 1, the year 1.25M / 1M − 1.
        #expect(
            html.contains(
                "<tr><th>2024</th><td class=\"gain\">20.00%</td><td class=\"gain\">4.17%</td>"
                    + String(repeating: "<td></td>", count: 10) + "<td class=\"gain\">25.00%</td></tr>"))
        #expect(
            html.contains(
                "<tr><th><i class=\"swatch regime-range\"></i>range</th><td>2</td><td>50.0%</td><td>1</td>"
                    + "<td class=\"gain\">300,000.00</td></tr>"))
        #expect(html.contains("<tr><th>Best</th><td class=\"gain\">300,000.00</td></tr>"))
        #expect(html.contains("<tr><th>Worst</th><td class=\"loss\">-50,000.00</td></tr>"))
        #expect(html.contains("<tr><th>Exit: stop_loss</th><td>1</td></tr>"))
    }

    @Test func ranksVariantsByTheFirstMetric() throws {
        let fixture = try ReportRunFixture()
        let html = try ReportPage.html(runFolder: fixture.root)
        let best = try #require(html.range(of: "<span class=\"rank\">#1</span> <strong>ic_&lt;b&gt;&amp;&#39;x&#39;"))
        let second = try #require(html.range(of: "<span class=\"rank\">#2</span> <strong>flat</strong>"))
        #expect(best.lowerBound < second.lowerBound)
        #expect(html.contains("<td data-value=\"0.25\">25.00%</td>"))
    }

    @Test func escapesVariantNames() throws {
        let fixture = try ReportRunFixture()
        let html = try ReportPage.html(runFolder: fixture.root)
        #expect(!html.contains("<b>"))
        #expect(!html.contains("&'x'"))
        #expect(html.contains("<a href=\"#v-ic_.3Cb.3E.26.27x.27\">ic_&lt;b&gt;&amp;&#39;x&#39;</a>"))
        #expect(html.contains("id=\"v-ic_.3Cb.3E.26.27x.27\""))
    }

    @Test func isSelfContained() throws {
        let fixture = try ReportRunFixture()
        let html = try ReportPage.html(runFolder: fixture.root)
        for reference in ["http://", "https://", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(reference), "references \(reference)")
        }
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let fixture = try ReportRunFixture()
        let url = try ReportPage.write(runFolder: fixture.root)
        #expect(url.lastPathComponent == "report.html")
        let first = try Data(contentsOf: url)
        try ReportPage.write(runFolder: fixture.root)
        #expect(try Data(contentsOf: url) == first)
        #expect(first == Data(try ReportPage.html(runFolder: fixture.root).utf8))
    }

    @Test func namesAMissingFile() throws {
        let fixture = try ReportRunFixture()
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("flat/decisions.csv"))
        #expect(throws: InputError(.missingFile, file: fixture.root.appendingPathComponent("flat/decisions.csv").path))
        {
            try ReportPage.html(runFolder: fixture.root)
        }
    }
}
