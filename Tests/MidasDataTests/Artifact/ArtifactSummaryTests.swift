import Foundation
import MidasCore
import Testing

@testable import MidasData

struct ArtifactSummaryTests {
    @Test func summarisesVersionsRangesCountsAndFingerprints() throws {
        let folder = try ArtifactTestFolder()
        let content = try ArtifactFixture.content()
        try ArtifactWriter.write(content, to: folder.url.appendingPathComponent("a.sqlite"))
        let summary = try ArtifactReader(path: folder.path("a.sqlite")).summary()

        #expect(summary.meta == content.meta)
        #expect(summary.barDays == ArtifactFixture.day(0)...ArtifactFixture.day(9))
        #expect(summary.windowDays == ArtifactFixture.day(2)...ArtifactFixture.day(9))
        #expect(
            [summary.barCount, summary.featureCount, summary.snapshotCount, summary.quoteCount] as [Int] == [
                10, 3, 3, 20,
            ])
        let lines = summary.text.split(separator: "\n")
        #expect(lines.contains("symbol:               NIFTY"))
        #expect(lines.contains("bars:                 10 (2024-01-01 to 2024-01-10, window 2024-01-03 to 2024-01-10)"))
        #expect(lines.contains("  bars_1d.csv:        \(Fingerprint(ofText: "bars").hex)"))

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(summary.json.utf8)) as? [String: Any])
        #expect(json["quote_count"] == nil)
        #expect((json["counts"] as? [String: Int]) == ["bars": 10, "features": 3, "snapshots": 3, "quotes": 20])
        #expect(json["schema_version"] as? Int == Int(Versions.artifactSchema))
        #expect((json["range"] as? [String: String]) == ["from": "2024-01-03", "to": "2024-01-12"])
        #expect(summary.json.hasPrefix("{\n  \"bar_days\""))
    }
}
