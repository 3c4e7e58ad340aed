import MidasCore

/// One variant's part of the report: its equity curve against the underlying with regime shading, its
/// drawdown curve, monthly returns, per-regime activity and a summary of its trades.
struct VariantSection {
    /// The variant.
    var variant: VariantSeries
    /// The underlying's name for the legend (the manifest's symbol).
    var underlyingName: String

    /// Month names in table order.
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The section's HTML: a `<details>` element, open when `isOpen`.
    func html(rank: Int, isOpen: Bool) -> String {
        let name = HTMLText.escaped(variant.id)
        var out = "<details class=\"variant\" id=\"\(HTMLText.identifier(variant.id))\"\(isOpen ? " open" : "")>\n"
        out += "<summary><span class=\"rank\">#\(rank)</span> <strong>\(name)</strong> "
        out += "<span class=\"muted\">\(HTMLText.escaped(variant.strategy))</span> · "
        out += headline() + "</summary>\n"
        out += "<h3>Equity</h3>\n" + equityChart().svg + regimeLegend()
        out += "<h3>Drawdown</h3>\n" + drawdownChart().svg
        out += "<div class=\"columns\">\n<div>\n<h3>Per regime</h3>\n" + regimeTable() + "</div>\n"
        out += "<div>\n<h3>Trades</h3>\n" + tradeSummary() + "</div>\n</div>\n"
        out += "<h3>Monthly returns</h3>\n" + monthlyTable()
        return out + "</details>\n"
    }

    private func headline() -> String {
        let pairs = [
            ("total return", "total_return"), ("CAGR", "cagr"), ("Sharpe", "sharpe"), ("max drawdown", "max_drawdown"),
            ("trades", "trades"),
        ]
        return pairs.compactMap { label, key in
            variant.metrics[key].map { "\(label) \(DisplayNumber.metric(key, $0))" }
        }.joined(separator: " · ")
    }

    /// The equity curve, the underlying's close on its own axis at the right, and the regimes behind them.
    func equityChart() -> LineChart {
        let axis = AxisScale(covering: variant.equity)
        var chart = LineChart(
            timestamps: variant.timestamps,
            series: [LineChart.Series(name: "equity", values: variant.equity, style: "line-0")], axis: axis,
            label: { DisplayNumber.grouped($0, digits: DisplayNumber.digits(forStep: axis.step)) },
            regimes: variant.regimes, title: "Equity of \(variant.id)")
        if variant.underlying.contains(where: \.isFinite) {
            let underlyingAxis = AxisScale(covering: variant.underlying)
            chart.secondary = (
                LineChart.Series(name: "\(underlyingName) (right axis)", values: variant.underlying, style: "line-1"),
                underlyingAxis,
                { DisplayNumber.grouped($0, digits: DisplayNumber.digits(forStep: underlyingAxis.step)) }
            )
        }
        return chart
    }

    /// The drawdown curve on a percentage axis that includes 0.
    func drawdownChart() -> LineChart {
        let axis = AxisScale(covering: variant.drawdown, including: [0])
        return LineChart(
            timestamps: variant.timestamps,
            series: [LineChart.Series(name: "drawdown", values: variant.drawdown, style: "line-2")], axis: axis,
            label: { DisplayNumber.percent($0, digits: DisplayNumber.digits(forStep: axis.step * 100)) },
            title: "Drawdown of \(variant.id)")
    }

    private func regimeLegend() -> String {
        let present = Set(variant.regimes.compactMap { $0 })
        let items = Regime.allCases.filter(present.contains).map {
            "<span><i class=\"swatch regime-\($0)\"></i>\($0)</span>"
        }
        return "<p class=\"legend\">Regimes: " + items.joined(separator: " ") + "</p>\n"
    }

    /// The monthly returns table: one row per year, a column per month and the year's total.
    func monthlyTable() -> String {
        let returns = MonthlyReturns(
            timestamps: variant.timestamps, equity: variant.equity, capital: variant.startingCapital)
        var out = "<table class=\"monthly\"><thead><tr><th>Year</th>"
        out += Self.monthNames.map { "<th>\($0)</th>" }.joined() + "<th>Year</th></tr></thead><tbody>\n"
        for year in returns.years {
            out += "<tr><th>\(year.year)</th>"
            out += year.months.map(Self.returnCell).joined() + Self.returnCell(year.total) + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// A return to two decimals of a percent, coloured when it shows as non-zero.
    private static func returnCell(_ value: Double) -> String {
        guard value.isFinite else { return "<td></td>" }
        let text = DisplayNumber.percent(value)
        let isZero = text.allSatisfy { $0 == "0" || $0 == "." || $0 == "%" }
        let style = isZero ? "" : value > 0 ? " class=\"gain\"" : " class=\"loss\""
        return "<td\(style)>\(text)</td>"
    }

    /// Bars, share of bars, trades entered and their P&L per regime (`metrics.json` `by_regime`).
    func regimeTable() -> String {
        let totalBars = variant.byRegime.values.reduce(0) { $0 + $1.bars }
        var out = "<table class=\"regimes\"><thead><tr><th>Regime</th><th>Bars</th><th>Share</th>"
        out += "<th>Trades entered</th><th>P&amp;L</th></tr></thead><tbody>\n"
        for regime in Regime.allCases {
            let activity = variant.byRegime[regime] ?? (0, 0, 0)
            let share = totalBars > 0 ? Double(activity.bars) / Double(totalBars) : .nan
            out += "<tr><th><i class=\"swatch regime-\(regime)\"></i>\(regime)</th>"
            out += "<td>\(activity.bars)</td><td>\(DisplayNumber.percent(share, digits: 1))</td>"
            out += "<td>\(activity.trades)</td>\(Self.rupeeCell(activity.pnl))</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    private static func rupeeCell(_ value: Double) -> String {
        let style = value > 0 ? " class=\"gain\"" : value < 0 ? " class=\"loss\"" : ""
        return "<td\(style)>\(DisplayNumber.grouped(value, digits: 2))</td>"
    }

    /// Trade count, closed and open, winners, best and worst P&L, and closes by exit reason.
    func tradeSummary() -> String {
        let closed = variant.trades.filter { !$0.exitReason.isEmpty }
        let pnls = closed.map(\.pnl).filter(\.isFinite)
        var reasons: [String: Int] = [:]
        for trade in closed { reasons[trade.exitReason, default: 0] += 1 }
        var out = "<table class=\"trades\"><tbody>\n"
        out += "<tr><th>Trades</th><td>\(variant.trades.count)</td></tr>\n"
        out += "<tr><th>Closed</th><td>\(closed.count)</td></tr>\n"
        out += "<tr><th>Open at the end</th><td>\(variant.trades.count - closed.count)</td></tr>\n"
        out += "<tr><th>Winners</th><td>\(pnls.filter { $0 > 0 }.count)</td></tr>\n"
        out += "<tr><th>Best</th>\(Self.rupeeCell(pnls.max() ?? .nan))</tr>\n"
        out += "<tr><th>Worst</th>\(Self.rupeeCell(pnls.min() ?? .nan))</tr>\n"
        for reason in reasons.keys.sorted() {
            out += "<tr><th>Exit: \(HTMLText.escaped(reason))</th><td>\(reasons[reason]!)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
