import MidasCore
import MidasData

/// The precomputed path's context provider: every bar's context is a lookup into the artifact
/// loaded once; shared read-only by every variant of a run.
public struct ArtifactContextSource: BarContextSource {
    /// The artifact's content (its timeline's window is the run's trading window).
    public let content: ArtifactContent
    /// The bars of the trading window.
    public let bars: [Bar]

    /// A source over loaded content.
    public init(content: ArtifactContent) {
        self.content = content
        self.bars = content.timeline.windowBars
    }

    /// The context of bar `index` of the trading window.
    public func context(at index: Int) throws -> BarContext {
        content.context(ofBar: content.timeline.window.lowerBound + index)
    }

    /// The same source with the timeline replaced (a narrowed trading window).
    public func replacingTimeline(_ timeline: BarTimeline) -> ArtifactContextSource {
        var content = self.content
        content.timeline = timeline
        return ArtifactContextSource(content: content)
    }
}
