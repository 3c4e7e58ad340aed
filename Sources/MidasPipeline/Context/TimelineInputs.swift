import MidasCore
import MidasData

/// Reads from a prepared store what a pipeline's bar timeline is computed from, and computes it.
///
/// Precompute and the dynamic run both come through here, so both see the same bars, features,
/// regimes and snapshot schedule.
public enum TimelineInputs {
    /// The timeline of `pipeline` over the store's bars: features and regimes over the whole
    /// series (warmup included), the trading window of `pipeline.range`, snapshots in force.
    public static func timeline(store: PreparedStore, pipeline: Pipeline) throws -> BarTimeline {
        let inputs = FeatureInputs(
            bars: try store.bars(), timeframe: pipeline.timeframe, vix: try store.vix(),
            fiiFlows: try store.fiiFlows(), usdinr: try store.usdinr())
        let schedule = ChainSchedule(
            timestamps: try store.chainTimestamps(), maxAgeSeconds: pipeline.context.maxChainAge)
        return BarTimeline(
            inputs: inputs, regime: pipeline.regime, minimumWarmupDays: pipeline.warmupDays,
            tradingDays: pipeline.range, schedule: schedule)
    }

    /// The pricer of the pipeline's `context`: rate, dividend yield and mark rule.
    public static func pricer(pipeline: Pipeline) throws -> ChainPricer {
        ChainPricer(
            rate: pipeline.context.rate, dividendYield: pipeline.context.dividendYield,
            mark: try MarkSettings(node: pipeline.context.mark))
    }
}
