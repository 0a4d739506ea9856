package cn.qingdan.catalogue;

/**
 * One change in a proposal: add a new item, modify an item (the full new content), or remove one; each with its
 * reason and basis.
 */
public record ProposalChange(long id, int position, Operation operation, String code, String reason, String basis,
		ItemContent content) {

	public enum Operation {
		ADD("新增"), MODIFY("修改"), REMOVE("删除");

		private final String label;

		Operation(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public static Operation parse(String text) {
			if (text == null) {
				return null;
			}
			for (Operation o : values()) {
				if (o.name().equalsIgnoreCase(text.strip()) || o.label.equals(text.strip())) {
					return o;
				}
			}
			return null;
		}
	}
}
