import MidasCore
import MidasPipeline
import Testing

struct WalkForwardSpecTests {
    @Test func stepDefaultsToTheTestLength() throws {
        let spec = try WalkForwardSpec(parsing: "train=252,test=63")
        #expect(spec == (try WalkForwardSpec(train: 252, test: 63, step: 63)))
        #expect(spec.description == "train=252,test=63,step=63")
    }

    @Test func keysMayComeInAnyOrder() throws {
        let spec = try WalkForwardSpec(parsing: "step=80, test=63,train=126")
        #expect(spec.train == 126)
        #expect(spec.test == 63)
        #expect(spec.step == 80)
    }

    @Test(arguments: [
        ("train=0,test=5", "train"),
        ("train=10,test=-1", "test"),
        ("train=10,test=5,step=3", "step"),
        ("train=10", "test"),
        ("test=5", "train"),
        ("train=10,test=x", "test"),
        ("train=10,test=5.5", "test"),
        ("train=10,train=11,test=5", "train"),
    ])
    func refusesABadSpecNamingTheKey(text: String, field: String) {
        let error = #expect(throws: InputError.self) { try WalkForwardSpec(parsing: text) }
        #expect(error?.file == "--walk-forward")
        #expect(error?.field == field)
    }

    @Test(arguments: ["", "train=10,test=5,foo=1", "train:10,test=5", "train=10,,test=5"])
    func refusesAMalformedSpec(text: String) {
        let error = #expect(throws: InputError.self) { try WalkForwardSpec(parsing: text) }
        #expect(error?.file == "--walk-forward")
        #expect(error?.description.contains("train=N,test=M[,step=K]") == true)
    }

    @Test func optionsNameTheFlagOfABadMetric() {
        let error = #expect(throws: InputError.self) { try WalkForwardOptions(spec: "train=5,test=3", select: "alpha") }
        #expect(error?.file == "--select")
    }
}
