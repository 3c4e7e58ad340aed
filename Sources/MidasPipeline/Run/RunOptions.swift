import Foundation
import MidasCore

/// What `midas run` was asked to do.
public struct RunOptions: Sendable {
    /// Where bar contexts come from.
    public enum Provider: Sendable {
        /// Read from a precompute artifact (`--artifact`); `allowStale` skips the staleness refusal.
        case artifact(path: String, allowStale: Bool)
        /// Computed bar by bar from a prepared store (`--no-precompute --prepared`).
        case dynamic(preparedPath: String)
    }

    /// The context provider.
    public var provider: Provider
    /// The pipeline file.
    public var pipelinePath: String
    /// The output folder.
    public var outputPath: String
    /// `--from`: the first trading day of a narrowed window.
    public var from: Day?
    /// `--to`: the last trading day of a narrowed window.
    public var to: Day?
    /// `--strategy`: run this one ad-hoc variant instead of the pipeline's list.
    public var strategy: String?
    /// `--param key=value` settings of the ad-hoc variant.
    public var parameters: [String]
    /// How many variants run at once.
    public var jobs: Int
    /// `--walk-forward … --select …`: also run the walk-forward over the variants.
    public var walkForward: WalkForwardOptions?

    /// Creates options.
    public init(
        provider: Provider, pipelinePath: String, outputPath: String, from: Day? = nil, to: Day? = nil,
        strategy: String? = nil, parameters: [String] = [], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        walkForward: WalkForwardOptions? = nil
    ) {
        self.provider = provider
        self.pipelinePath = pipelinePath
        self.outputPath = outputPath
        self.from = from
        self.to = to
        self.strategy = strategy
        self.parameters = parameters
        self.jobs = jobs
        self.walkForward = walkForward
    }
}
