import Foundation

/// What `midas precompute` was asked to do.
public struct PrecomputeOptions: Sendable {
    /// The prepared store to read.
    public var preparedPath: String
    /// The pipeline file.
    public var pipelinePath: String
    /// The artifact to write.
    public var outputPath: String
    /// Rebuild everything even where the previous artifact could be reused.
    public var isFull: Bool
    /// Snapshots priced at once.
    public var jobs: Int

    /// Creates options.
    public init(
        preparedPath: String, pipelinePath: String, outputPath: String, isFull: Bool = false,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.preparedPath = preparedPath
        self.pipelinePath = pipelinePath
        self.outputPath = outputPath
        self.isFull = isFull
        self.jobs = jobs
    }
}
