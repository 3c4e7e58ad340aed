import MidasBacktest
import MidasCore
import MidasData

/// Runs a walk-forward over a run's variants and context provider (artifact or dynamic, the same
/// code either way, so the two paths give the same `walk_forward`).
///
/// For each window of the plan, every variant runs on the training part (a fresh run from the
/// pipeline's capital over the timeline narrowed to those days); the best by the metric then runs
/// on the test part, starting from the equity the previous test part ended with. Test parts start
/// after the training data they were chosen on, so no choice sees its own out-of-sample days.
enum WalkForwardRun {
    /// The stitched result of `plan` over `variants` chosen by `metric`: the variant `walk_forward`.
    static func run(
        _ plan: WalkForwardPlan, metric: SelectionMetric, variants: [Variant], runner: VariantRunner,
        provider: ContextProvider
    ) async throws -> VariantResult {
        let timeline = provider.timeline
        var parts: [WalkForwardPart] = []
        var capital: Double?
        for window in plan.windows {
            // The plan's days are days of the window's bars, so neither narrowing is empty.
            let training = timeline.narrowed(to: window.train)!
            let testing = timeline.narrowed(to: window.test)!
            let candidates = try await runner.run(variants) { try provider.makeSource(training) }
            let scores = candidates.map { metric.value(of: $0.metrics) }
            let best = metric.best(of: scores)!
            let traded = try await runner.run([variants[best]], capital: capital) {
                try provider.makeSource(testing)
            }
            parts.append(
                WalkForwardPart(window: window, variant: variants[best].id, score: scores[best], result: traded[0]))
            capital = traded[0].equity.last!.equity
        }
        return WalkForwardStitcher.stitch(parts, metric: metric)
    }
}
