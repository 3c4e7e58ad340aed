import MidasCore

extension Variant {
    /// The ad-hoc variant of `midas run --strategy NAME --param key=value …`: its id is the
    /// strategy name, each value is read as YAML (`0.16`, `[range, trend_up]`, `{min: 5, max: 10}`).
    public static func adHoc(strategy: String, assignments: [String]) throws -> Variant {
        var entries: [ConfigEntry] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw InputError(.badValue, file: "--param", field: assignment, detail: "expected key=value")
            }
            let key = String(assignment[..<equals])
            let text = String(assignment[assignment.index(after: equals)...])
            guard !entries.contains(where: { $0.key == key }) else {
                throw InputError(.duplicate, file: "--param", field: key, detail: "given twice")
            }
            entries.append(ConfigEntry(key: key, value: try PipelineYAML.parse(text, file: "--param \(key)")))
        }
        guard Variant.isValidID(strategy) else {
            throw InputError(.badValue, file: "--strategy", detail: "'\(strategy)' is not a strategy name")
        }
        return Variant(
            id: strategy, strategy: strategy, params: ConfigNode(.map(entries), file: "--param", path: "params"))
    }
}
