/// What `--walk-forward SPEC --select METRIC` asks of a run.
public struct WalkForwardOptions: Sendable, Equatable {
    /// The windows.
    public var spec: WalkForwardSpec
    /// The metric variants are ranked by on each training part.
    public var metric: SelectionMetric

    /// Creates options.
    public init(spec: WalkForwardSpec, metric: SelectionMetric) {
        self.spec = spec
        self.metric = metric
    }

    /// Parses the two flags' texts.
    ///
    /// - Throws: ``InputError`` naming the flag at fault.
    public init(spec: String, select: String) throws {
        self.init(spec: try WalkForwardSpec(parsing: spec), metric: try SelectionMetric(named: select))
    }
}
