import Foundation

/// The features a pipeline uses, in column order, computed together over a whole series.
///
/// `compute` is the only place feature values are made: the precompute stage stores its rows
/// and the dynamic path reads the same rows, so both see bit-identical doubles. Every value
/// depends only on bars and daily rows published up to its bar, so computing over a prefix of
/// the series gives the same rows for that prefix.
public struct FeatureSet: Sendable, Equatable {
    /// The features, without duplicates, in first-seen order.
    public let features: [Feature]

    /// Creates a set; a feature listed twice (same key) is kept once.
    public init(_ features: [Feature]) {
        var seen = Set<Feature>()
        self.features = features.filter { seen.insert($0).inserted }
    }

    /// This set followed by the features of `other` it lacks (a feature two users need is computed once).
    public func merged(with other: FeatureSet) -> FeatureSet {
        FeatureSet(features + other.features)
    }

    /// The feature keys, in column order.
    public var names: [String] { features.map(\.key) }

    /// The longest lookback of the set, in trading days (the bar's own day included).
    public var lookbackDays: Int { features.map(\.lookbackDays).max() ?? 1 }

    /// Trading days before the first day on which every feature has its full history.
    public var warmupDays: Int { max(0, lookbackDays - 1) }

    /// The feature values of every bar of `inputs`.
    public func compute(_ inputs: FeatureInputs) -> FeatureMatrix {
        let sessions = SessionDays(bars: inputs.bars)
        let barDays = sessions.dayIndexOfBar.map { sessions.days[$0] }
        let width = features.count
        var values = [Double](repeating: .nan, count: inputs.bars.count * width)
        let series = FeatureSeries(inputs: inputs, sessions: sessions, barDays: barDays)
        for (column, feature) in features.enumerated() {
            let columnValues = series.values(of: feature)
            for bar in columnValues.indices {
                values[bar * width + column] = columnValues[bar]
            }
        }
        return FeatureMatrix(names: names, values: values, dayIndexes: sessions.dayIndexOfBar)
    }
}

/// One feature column over a series.
private struct FeatureSeries {
    let inputs: FeatureInputs
    let sessions: SessionDays
    let barDays: [Day]

    func values(of feature: Feature) -> [Double] {
        switch feature {
        case .movingAverage(let days): return movingAverage(days: days)
        case .trendSlope(let averageDays, let overDays): return trendSlope(averageDays: averageDays, overDays: overDays)
        case .realisedVolatility(let days): return realisedVolatility(days: days)
        case .vix: return published(rows: inputs.vix.map(\.close), days: inputs.vix.map(\.day), sameDay: true)
        case .vixPercentile(let days):
            let closes = inputs.vix.map(\.close)
            return published(
                rows: Self.percentileRanks(closes, window: days), days: inputs.vix.map(\.day), sameDay: true)
        case .fiiFlowZScore(let days):
            let flows = inputs.fiiFlows.map(\.indexFuturesNet)
            return published(rows: Self.zScores(flows, window: days), days: inputs.fiiFlows.map(\.day), sameDay: false)
        case .usdinrChange(let days):
            let rates = inputs.usdinr.map(\.close)
            return published(rows: Self.changes(rates, lag: days), days: inputs.usdinr.map(\.day), sameDay: true)
        case .priceRange(let days): return priceRange(days: days)
        }
    }

    // MARK: - Bar features

    /// Sum of the closes of the `days − 1` completed days before day `day`, plus `current`, over `days`.
    private func average(prefix: [Double], day: Int, days: Int, current: Double) -> Double {
        ((prefix[day] - prefix[day - days + 1]) + current) / Double(days)
    }

    private func movingAverage(days: Int) -> [Double] {
        let prefix = WindowStatistics.prefixSums(sessions.close)
        return inputs.bars.indices.map { bar in
            let day = sessions.dayIndexOfBar[bar]
            guard days >= 1, day >= days - 1 else { return .nan }
            return average(prefix: prefix, day: day, days: days, current: inputs.bars[bar].close)
        }
    }

    private func trendSlope(averageDays: Int, overDays: Int) -> [Double] {
        let prefix = WindowStatistics.prefixSums(sessions.close)
        return inputs.bars.indices.map { bar in
            let day = sessions.dayIndexOfBar[bar]
            guard averageDays >= 1, overDays >= 1, day >= averageDays - 1 + overDays else { return .nan }
            let now = average(prefix: prefix, day: day, days: averageDays, current: inputs.bars[bar].close)
            let pastDay = day - overDays
            let past = average(prefix: prefix, day: pastDay, days: averageDays, current: sessions.close[pastDay])
            return now / past - 1
        }
    }

    private func realisedVolatility(days: Int) -> [Double] {
        let closes = sessions.close
        var returns = [Double](repeating: 0, count: closes.count)
        for day in closes.indices.dropFirst() {
            returns[day] = log(closes[day] / closes[day - 1])
        }
        let sums = WindowStatistics.prefixSums(returns)
        let squares = WindowStatistics.prefixSums(returns.map { $0 * $0 })
        let count = Double(days)
        return inputs.bars.indices.map { bar in
            let day = sessions.dayIndexOfBar[bar]
            guard days >= 2, day >= days else { return .nan }
            let current = log(inputs.bars[bar].close / closes[day - 1])
            let sum = (sums[day] - sums[day - days + 1]) + current
            let sumOfSquares = (squares[day] - squares[day - days + 1]) + current * current
            let variance = max(0, (sumOfSquares - sum * sum / count) / (count - 1))
            return variance.squareRoot() * Double(252).squareRoot()
        }
    }

    private func priceRange(days: Int) -> [Double] {
        let highs = WindowStatistics.slidingExtremes(sessions.high, window: days - 1, maximum: true)
        let lows = WindowStatistics.slidingExtremes(sessions.low, window: days - 1, maximum: false)
        return inputs.bars.indices.map { bar in
            let day = sessions.dayIndexOfBar[bar]
            guard days >= 1, day >= days - 1 else { return .nan }
            var high = sessions.highSoFar[bar]
            var low = sessions.lowSoFar[bar]
            if days > 1 {
                high = max(high, highs[day - 1])
                low = min(low, lows[day - 1])
            }
            return (high - low) / inputs.bars[bar].close
        }
    }

    // MARK: - Daily-series features

    /// Per bar, the row value in force (NaN when none is published and recent).
    private func published(rows: [Double], days: [Day], sameDay: Bool) -> [Double] {
        let known = sameDay && !inputs.timeframe.isIntraday
        return PublishedValues.rowInForce(barDays: barDays, rowDays: days, sameDayKnown: known).map { row in
            row >= 0 ? rows[row] : .nan
        }
    }

    /// Percentile ranks over a trailing window (a count per row: O(rows × window) over daily rows).
    static func percentileRanks(_ values: [Double], window: Int) -> [Double] {
        values.indices.map { row in
            guard window >= 1, row >= window - 1 else { return .nan }
            var atOrBelow = 0
            for other in (row - window + 1)...row where values[other] <= values[row] {
                atOrBelow += 1
            }
            return Double(atOrBelow) / Double(window)
        }
    }

    static func zScores(_ values: [Double], window: Int) -> [Double] {
        let sums = WindowStatistics.prefixSums(values)
        let squares = WindowStatistics.prefixSums(values.map { $0 * $0 })
        let count = Double(window)
        return values.indices.map { row in
            guard window >= 2, row >= window - 1 else { return .nan }
            let sum = sums[row + 1] - sums[row + 1 - window]
            let sumOfSquares = squares[row + 1] - squares[row + 1 - window]
            let mean = sum / count
            let variance = (sumOfSquares - sum * mean) / (count - 1)
            guard variance > 0 else { return .nan }
            return (values[row] - mean) / variance.squareRoot()
        }
    }

    static func changes(_ values: [Double], lag: Int) -> [Double] {
        values.indices.map { row in
            guard lag >= 1, row >= lag else { return .nan }
            return values[row] / values[row - lag] - 1
        }
    }
}
