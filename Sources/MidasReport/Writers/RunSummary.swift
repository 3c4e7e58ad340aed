import MidasBacktest

/// `summary.csv`: one row per variant, in the pipeline's variant order.
public enum RunSummary {
    /// The header: `variant,strategy`, then the scalar metrics.
    public static var header: [String] {
        ["variant", "strategy"] + Metrics.scalarNames
    }

    /// The summary text of `results`.
    public static func csv(_ results: [VariantResult]) -> String {
        var csv = CSVText(header: header)
        for result in results {
            csv.append(
                [result.variant, result.strategy] + result.metrics.scalars.map { NumberFormatting.csv($0.value) })
        }
        return csv.text
    }
}
