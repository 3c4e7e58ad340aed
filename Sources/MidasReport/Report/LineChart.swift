import MidasCore

/// An SVG line chart over a run's bars: series drawn as polylines against the bar index (so weekends and
/// holidays leave no gaps), a value axis with tick labels and grid lines, an optional second series on its own
/// axis at the right, date ticks at year or month starts, a legend, and optional regime shading.
struct LineChart {
    /// One drawn line.
    struct Series {
        /// The legend text.
        var name: String
        /// One value per bar; NaN leaves a gap.
        var values: [Double]
        /// The CSS class that colours the line (`line-0`, `line-1`, …).
        var style: String
    }

    /// The chart's size in SVG user units.
    static let width = 900.0
    static let height = 240.0
    /// The plot area inside the margins (left margin holds the value labels, bottom the dates).
    static let plotLeft = 80.0
    static let plotRight = 840.0
    static let plotTop = 10.0
    static let plotBottom = 210.0

    /// Each bar's time as written (`2024-01-02T15:30:00+05:30`).
    var timestamps: [String]
    /// The lines, drawn in order.
    var series: [Series]
    /// The value axis.
    var axis: AxisScale
    /// How a tick value is labelled.
    var label: (Double) -> String
    /// A series drawn against its own axis, labelled at the right (e.g. the underlying in index points).
    var secondary: (series: Series, axis: AxisScale, label: (Double) -> String)?
    /// Each bar's regime for the shading behind the lines; empty for none.
    var regimes: [Regime?] = []
    /// The chart's accessible description.
    var title: String

    /// The `<svg>` element.
    var svg: String {
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Self.width.shortestText) \(Self.height.shortestText)\" "
        out += "role=\"img\" aria-label=\"\(HTMLText.escaped(title))\"><title>\(HTMLText.escaped(title))</title>\n"
        out += shading()
        out += valueTicks()
        out += dateTicks()
        out += rectangle(
            x: Self.plotLeft, y: Self.plotTop, width: Self.plotRight - Self.plotLeft,
            height: Self.plotBottom - Self.plotTop, style: "frame")
        var drawn = series.map { ($0, axis) }
        if let secondary {
            out += secondaryTicks(secondary.axis, label: secondary.label)
            drawn.insert((secondary.series, secondary.axis), at: 0)
        }
        for (line, lineAxis) in drawn {
            for points in Self.polylinePoints(line.values, axis: lineAxis) {
                out += "<polyline class=\"\(line.style)\" points=\"\(points)\"/>\n"
            }
        }
        out += legend()
        return out + "</svg>\n"
    }

    /// The x position of bar `index` of `count`.
    static func x(_ index: Int, count: Int) -> Double {
        guard count > 1 else { return (plotLeft + plotRight) / 2 }
        return plotLeft + (plotRight - plotLeft) * Double(index) / Double(count - 1)
    }

    /// The y position of `value` on `axis`.
    static func y(_ value: Double, axis: AxisScale) -> Double {
        plotBottom - (plotBottom - plotTop) * axis.fraction(value)
    }

    /// The `points` attributes of the polylines for `values`: one per run of finite values, coordinates to
    /// 0.1 unit. A run longer than two points per unit of plot width keeps each column's minimum and maximum.
    static func polylinePoints(_ values: [Double], axis: AxisScale) -> [String] {
        var runs: [[Int]] = []
        var run: [Int] = []
        for index in values.indices {
            if values[index].isFinite {
                run.append(index)
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        let columns = Int(plotRight - plotLeft)
        return runs.map { run in
            var kept = run
            if run.count > 2 * columns {
                kept = []
                let size = (run.count + columns - 1) / columns
                for start in stride(from: 0, to: run.count, by: size) {
                    let bucket = run[start..<min(start + size, run.count)]
                    let low = bucket.min { values[$0] < values[$1] }!
                    let high = bucket.max { values[$0] < values[$1] }!
                    kept += low == high ? [low] : [min(low, high), max(low, high)]
                }
            }
            return kept.map { coordinate(x($0, count: values.count)) + "," + coordinate(y(values[$0], axis: axis)) }
                .joined(separator: " ")
        }
    }

    /// A coordinate rounded to 0.1 unit, in shortest form (`80`, `110.5`).
    static func coordinate(_ value: Double) -> String {
        ((value * 10).rounded() / 10).shortestText
    }

    private func rectangle(x: Double, y: Double, width: Double, height: Double, style: String) -> String {
        "<rect class=\"\(style)\" x=\"\(Self.coordinate(x))\" y=\"\(Self.coordinate(y))\" "
            + "width=\"\(Self.coordinate(width))\" height=\"\(Self.coordinate(height))\"/>\n"
    }

    /// One rectangle per run of bars in the same regime, each bar covering half the gap to its neighbours.
    private func shading() -> String {
        var out = ""
        var start = 0
        let count = regimes.count
        let half = count > 1 ? (Self.plotRight - Self.plotLeft) / Double(count - 1) / 2 : 0
        while start < count {
            var end = start
            while end + 1 < count, regimes[end + 1] == regimes[start] { end += 1 }
            if let regime = regimes[start] {
                let left = max(Self.plotLeft, Self.x(start, count: count) - half)
                let right = min(Self.plotRight, Self.x(end, count: count) + half)
                out += rectangle(
                    x: left, y: Self.plotTop, width: right - left, height: Self.plotBottom - Self.plotTop,
                    style: "regime-\(regime)")
            }
            start = end + 1
        }
        return out
    }

    private func valueTicks() -> String {
        var out = ""
        for tick in axis.ticks {
            let y = Self.coordinate(Self.y(tick, axis: axis))
            out += "<line class=\"grid\" x1=\"\(Self.coordinate(Self.plotLeft))\" y1=\"\(y)\" "
            out += "x2=\"\(Self.coordinate(Self.plotRight))\" y2=\"\(y)\"/>"
            out += "<text class=\"tick\" x=\"\(Self.coordinate(Self.plotLeft - 6))\" y=\"\(y)\" "
            out += "text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLText.escaped(label(tick)))</text>\n"
        }
        return out
    }

    private func secondaryTicks(_ axis: AxisScale, label: (Double) -> String) -> String {
        var out = ""
        for tick in axis.ticks {
            let y = Self.coordinate(Self.y(tick, axis: axis))
            out += "<text class=\"tick secondary\" x=\"\(Self.coordinate(Self.plotRight + 6))\" y=\"\(y)\" "
            out += "dominant-baseline=\"middle\">\(HTMLText.escaped(label(tick)))</text>\n"
        }
        return out
    }

    private func dateTicks() -> String {
        var out = ""
        for (index, text) in Self.dateTicks(timestamps) {
            let x = Self.coordinate(Self.x(index, count: timestamps.count))
            out += "<line class=\"grid\" x1=\"\(x)\" y1=\"\(Self.coordinate(Self.plotTop))\" "
            out += "x2=\"\(x)\" y2=\"\(Self.coordinate(Self.plotBottom))\"/>"
            out += "<text class=\"tick\" x=\"\(x)\" y=\"\(Self.coordinate(Self.plotBottom + 16))\" "
            out += "text-anchor=\"middle\">\(HTMLText.escaped(text))</text>\n"
        }
        return out
    }

    /// The date ticks: the first bar of each year when the bars span two year starts or more, else of each
    /// month (at most about twelve, every k-th), else the first and last days.
    static func dateTicks(_ timestamps: [String]) -> [(index: Int, text: String)] {
        func starts(prefix length: Int) -> [(index: Int, text: String)] {
            var ticks: [(index: Int, text: String)] = []
            for index in timestamps.indices.dropFirst()
            where timestamps[index].prefix(length) != timestamps[index - 1].prefix(length) {
                ticks.append((index, String(timestamps[index].prefix(length))))
            }
            return ticks
        }
        func thinned(_ ticks: [(index: Int, text: String)]) -> [(index: Int, text: String)] {
            let every = (ticks.count + 11) / 12
            return every <= 1 ? ticks : ticks.enumerated().filter { $0.offset % every == 0 }.map(\.element)
        }
        let years = starts(prefix: 4)
        if years.count >= 2 { return thinned(years) }
        let months = starts(prefix: 7)
        if months.count >= 2 { return thinned(months) }
        guard let first = timestamps.first, let last = timestamps.last else { return [] }
        if timestamps.count == 1 { return [(0, String(first.prefix(10)))] }
        return [(0, String(first.prefix(10))), (timestamps.count - 1, String(last.prefix(10)))]
    }

    private func legend() -> String {
        var out = ""
        var x = Self.plotLeft + 10
        let entries = series + (secondary.map { [$0.series] } ?? [])
        for line in entries {
            let width = 30 + 7 * Double(line.name.count)
            out += "<line class=\"\(line.style)\" x1=\"\(Self.coordinate(x))\" y1=\"22\" "
            out += "x2=\"\(Self.coordinate(x + 18))\" y2=\"22\"/>"
            out += "<text class=\"legend\" x=\"\(Self.coordinate(x + 22))\" y=\"22\" dominant-baseline=\"middle\">"
            out += "\(HTMLText.escaped(line.name))</text>\n"
            x += width
        }
        return out
    }
}
