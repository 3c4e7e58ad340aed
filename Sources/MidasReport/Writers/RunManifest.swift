import MidasCore

/// `manifest.json`: what a run was made from (pipeline, artifact fingerprint or `dynamic`,
/// versions) and which variants it holds.
public struct RunManifest: Sendable, Equatable {
    /// One variant of the run.
    public struct Variant: Sendable, Equatable {
        /// The variant id (its folder name).
        public var id: String
        /// The strategy name.
        public var strategy: String

        /// Creates an entry.
        public init(id: String, strategy: String) {
            self.id = id
            self.strategy = strategy
        }
    }

    /// The pipeline file the run was made from.
    public var pipeline: String
    /// The artifact's fingerprint, or `dynamic` for a run without one.
    public var source: String
    /// The variants, in pipeline order.
    public var variants: [Variant]
    /// Further text fields (symbol, range, settings fingerprint, …) written as given.
    public var fields: [String: String]

    /// Creates a manifest.
    public init(pipeline: String, source: String, variants: [Variant], fields: [String: String] = [:]) {
        self.pipeline = pipeline
        self.source = source
        self.variants = variants
        self.fields = fields
    }

    /// The JSON document: sorted keys, versions from `Versions`.
    public var json: String {
        var members = fields.mapValues { JSONText.string($0) }
        members["pipeline"] = .string(pipeline)
        members["source"] = .string(source)
        members["versions"] = .object([
            "midas": .string(Versions.midas), "artifact_schema": .integer(Int(Versions.artifactSchema)),
            "context": .integer(Int(Versions.context)),
        ])
        members["variants"] = .array(
            variants.map { .object(["id": .string($0.id), "strategy": .string($0.strategy)]) })
        return JSONText.object(members).document
    }
}
