import Foundation

/// Numbers as the report shows them: rupees with thousands separators, percentages, fixed decimals, and a
/// dash for a missing value.
enum DisplayNumber {
    /// Shown for NaN and infinite values.
    static let missing = "–"

    /// `value` with `digits` decimals and `,` thousands separators, e.g. `1,020,000` or `-12.50`.
    static func grouped(_ value: Double, digits: Int = 0) -> String {
        guard value.isFinite else { return missing }
        let text = fixed(value, digits: digits)
        let isNegative = text.hasPrefix("-")
        let unsigned = isNegative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var whole = ""
        for (index, digit) in parts[0].enumerated() {
            if index > 0, (parts[0].count - index) % 3 == 0 { whole += "," }
            whole.append(digit)
        }
        return (isNegative ? "-" : "") + whole + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// `value` as a percentage with `digits` decimals, e.g. `0.1234` → `12.34%`.
    static func percent(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return missing }
        return fixed(value * 100, digits: digits) + "%"
    }

    /// `value` with `digits` decimals, never `-0`.
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return missing }
        let text = String(format: "%.\(digits)f", value)
        let isZero = text.allSatisfy { $0 == "-" || $0 == "0" || $0 == "." }
        return isZero && text.hasPrefix("-") ? String(text.dropFirst()) : text
    }

    /// The decimals needed to print multiples of `step` exactly (at most 6).
    static func digits(forStep step: Double) -> Int {
        var digits = 0
        while digits < 6 {
            let scaled = step * pow(10, Double(digits))
            if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, scaled) { break }
            digits += 1
        }
        return digits
    }

    /// The display of a `summary.csv` metric: fractions as percentages, ratios with two decimals, rupees
    /// grouped, counts whole.
    static func metric(_ name: String, _ value: Double) -> String {
        switch name {
        case "total_return", "cagr", "annual_volatility", "max_drawdown", "win_rate", "exposure":
            return percent(value)
        case "trades":
            return grouped(value)
        case "avg_trade_pnl", "total_fees", "final_equity":
            return grouped(value, digits: 2)
        default:
            return fixed(value, digits: 2)
        }
    }
}
