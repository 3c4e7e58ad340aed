import MidasCore
import MidasData

/// Where a run's bar contexts come from: the run's timeline, and a fresh source over it or over
/// any narrowing of it (a walk-forward's training and test parts).
///
/// The artifact path hands out views of the content loaded once; the dynamic path a new source
/// with its own store connection each time. Everything else about a run is the same code.
struct ContextProvider: Sendable {
    /// The run's timeline, its window narrowed to `--from`/`--to`.
    let timeline: BarTimeline
    /// What the manifest records as the run's source: the artifact's settings fingerprint, or `dynamic`.
    let source: String
    /// A source over `timeline` or a narrowing of it.
    let makeSource: @Sendable (BarTimeline) throws -> any BarContextSource

    /// The provider `options` asks for, its timeline narrowed as `options` says.
    ///
    /// - Throws: ``InputError`` for unreadable inputs or a window without bars; the artifact's
    ///   staleness failure unless stale artifacts are allowed.
    static func open(_ options: RunOptions, pipeline: Pipeline) throws -> ContextProvider {
        switch options.provider {
        case .dynamic(let preparedPath):
            let store = try PreparedStore(path: preparedPath)
            let timeline = try narrow(TimelineInputs.timeline(store: store, pipeline: pipeline), options, pipeline)
            let pricer = try TimelineInputs.pricer(pipeline: pipeline)
            return ContextProvider(timeline: timeline, source: "dynamic") { narrowed in
                DynamicContextSource(store: try PreparedStore(path: preparedPath), timeline: narrowed, pricer: pricer)
            }
        case .artifact(let path, let allowStale):
            // The check reads the meta loaded with the content (one read transaction), so an in-place
            // update committed meanwhile cannot slip past it.
            let loaded = ArtifactContextSource(content: try ArtifactReader.load(path: path))
            let meta = loaded.content.meta
            if !allowStale {
                try ArtifactCompatibility(meta: meta, pipeline: pipeline).requireCurrent(
                    artifact: path, pipeline: options.pipelinePath)
            }
            let timeline = try narrow(loaded.content.timeline, options, pipeline)
            return ContextProvider(timeline: timeline, source: meta.settingsFingerprint.hex) { narrowed in
                loaded.replacingTimeline(narrowed)
            }
        }
    }

    /// The timeline narrowed to `--from`/`--to`; an error when nothing of the window is left.
    static func narrow(_ timeline: BarTimeline, _ options: RunOptions, _ pipeline: Pipeline) throws -> BarTimeline {
        guard options.from != nil || options.to != nil else { return timeline }
        let from = options.from ?? pipeline.range.lowerBound
        let to = options.to ?? pipeline.range.upperBound
        guard from <= to, let narrowed = timeline.narrowed(to: from...to) else {
            throw InputError(
                .badValue, file: "--from/--to",
                detail: "\(from)..\(to) holds no bar of the pipeline's range "
                    + "\(pipeline.range.lowerBound)..\(pipeline.range.upperBound)")
        }
        return narrowed
    }
}
