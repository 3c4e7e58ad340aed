import MidasCore

/// Runs one strategy variant over a bar-context source: fills, costs, settlement, marks, equity.
///
/// The order of events at bar t is fixed (DESIGN.md):
/// 1. legs expiring at t settle at intrinsic value against the underlying close of the expiry
///    day's last bar (a leg whose expiry day has no bar settles at the next bar against the
///    previous bar's close);
/// 2. with `fill_at: next_bar`, orders decided at t−1 fill against the chain in force at t;
/// 3. the context of t is built and open legs take its marks (a leg its chain does not quote
///    keeps its last mark);
/// 4. the strategy decides (exits first, then entries);
/// 5. with `fill_at: same_bar`, its orders fill against the chain in force at t;
/// 6. at the last bar, trades still open close with reason `end_of_data` at the touch like any
///    exit (a leg without a fillable quote closes at its last mark); then positions are marked
///    and equity recorded.
///
/// A run is a pure function of its inputs: variants share nothing and can run concurrently.
public struct Engine: Sendable {
    /// Capital, fill timing and the settings the profile was built from.
    public var settings: ExecutionSettings
    /// The execution models.
    public var profile: ExecutionProfile

    /// An engine with explicit models.
    public init(settings: ExecutionSettings, profile: ExecutionProfile) {
        self.settings = settings
        self.profile = profile
    }

    /// An engine with the default models for `settings` and the exchange's lot schedule.
    public init(settings: ExecutionSettings, lotSchedule: any LotSizing) {
        self.init(settings: settings, profile: ExecutionProfile(settings: settings, lotSchedule: lotSchedule))
    }

    /// Runs `strategy` over every bar of `source` as the variant `variant`.
    public func run(variant: String, strategy: some Strategy, source: some BarContextSource) throws -> VariantResult {
        var strategy = strategy
        var run = EngineRun(settings: settings, profile: profile, strategyName: strategy.name)
        let bars = source.bars
        var pending: [PendingIntent] = []
        for index in bars.indices {
            let context = try source.context(at: index)
            let isLastBar = index == bars.count - 1
            let isDayClose = isLastBar || bars[index + 1].timestamp.istDay != context.bar.timestamp.istDay
            run.begin(context)
            run.settleExpiries(isDayClose: isDayClose)
            if settings.fillTiming == .nextBar {
                run.execute(pending)
                pending = []
            }
            run.refreshMarks()
            let decision = strategy.decide(context, trades: run.openTrades)
            let decided = run.log(decision)
            if settings.fillTiming == .sameBar {
                run.execute(decided)
            } else if isLastBar {
                run.refuseAtEndOfData(decided)
            } else {
                pending = decided
            }
            if isLastBar { run.closeAtEndOfData() }
            run.finishBar(isDayClose: isDayClose)
        }
        return run.result(variant: variant)
    }
}

/// An intent with the regime of the bar it was decided at.
struct PendingIntent: Sendable {
    var intent: OrderIntent
    var regime: Regime
}
