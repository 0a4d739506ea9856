package cn.qingdan.demo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.shared.demo.DemoDataset;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRunnerTest {

	private final List<String> loaded = new ArrayList<>();

	private DemoDataset dataset(int order, String name, boolean present) {
		return new DemoDataset() {
			public int order() {
				return order;
			}

			public String description() {
				return name;
			}

			public boolean present(String countyCode) {
				return present;
			}

			public int load(String countyCode) {
				loaded.add(name + "@" + countyCode);
				return 1;
			}

			public boolean transactional() {
				return false;
			}
		};
	}

	private DemoRunner runner(boolean enabled, String commandLineImport) {
		return new DemoRunner(List.of(dataset(50, "证明", false), dataset(10, "区划", false), dataset(30, "清单", true)),
				new TransactionTemplate(), enabled, "610431", commandLineImport);
	}

	@Test
	void loadsInOrderWhatIsNotThereYetForTheConfiguredCounty() {
		runner(true, "").run(new DefaultApplicationArguments());
		assertThat(loaded).containsExactly("区划@610431", "证明@610431");
	}

	@Test
	void loadsNothingWhenDemoIsOffOrACommandLineImportWasAskedFor() {
		runner(false, "").run(new DefaultApplicationArguments());
		runner(true, "61").run(new DefaultApplicationArguments());
		assertThat(loaded).isEmpty();
	}
}
