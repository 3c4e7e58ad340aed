import MidasBacktest
import MidasCore
import MidasData

/// Runs a pipeline's variants, concurrently and independently, over bar-context sources.
///
/// Each variant gets its own source from `makeSource` (the artifact's shared read-only source,
/// or a fresh dynamic source) and its own strategy and engine, so results do not depend on the
/// scheduling; they come back in variant order.
public struct VariantRunner: Sendable {
    /// The pipeline (its `execution` section configures every engine).
    public let pipeline: Pipeline
    /// How many variants run at once.
    public let jobs: Int

    /// A runner for `pipeline` with at most `jobs` variants at once.
    public init(pipeline: Pipeline, jobs: Int) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
    }

    /// The results of every variant, in the order given, each starting with `capital` (by default
    /// the pipeline's).
    public func run(
        _ variants: [Variant], capital: Double? = nil,
        makeSource: @escaping @Sendable () throws -> any BarContextSource
    ) async throws -> [VariantResult] {
        let engine = try makeEngine(capital: capital)
        let strategies = try variants.enumerated().map { index, variant in
            try StrategyFactory.make(
                name: variant.strategy, params: variant.params, strategyPath: "variants[\(index)].strategy")
        }
        var results = [VariantResult?](repeating: nil, count: variants.count)
        try await withThrowingTaskGroup(of: (Int, VariantResult).self) { group in
            var next = 0
            func startNext() {
                let index = next
                next += 1
                let strategy = strategies[index]
                let id = variants[index].id
                group.addTask {
                    (index, try engine.run(variant: id, strategy: strategy, source: try makeSource()))
                }
            }
            while next < min(jobs, variants.count) { startNext() }
            while let (index, result) = try await group.next() {
                results[index] = result
                if next < variants.count { startNext() }
            }
        }
        return results.map { $0! }
    }

    /// The engine of the pipeline's execution settings (its capital replaced by `capital` when given)
    /// and the symbol's lot schedule.
    func makeEngine(capital: Double? = nil) throws -> Engine {
        var settings = try ExecutionSettings(node: pipeline.execution)
        if let capital { settings.capital = capital }
        guard let index = IndexSpec.named(pipeline.symbol) else {
            throw InputError(
                .badValue, file: pipeline.file, field: "symbol",
                detail: "no strike grid or lot schedule is known for '\(pipeline.symbol)'")
        }
        return Engine(settings: settings, lotSchedule: LotSchedule.standard(for: index))
    }
}
