package cn.qingdan.catalogue.events;

/**
 * A change proposal was decided; the unit that proposed it is told.
 *
 * @param publishedVersion the version the approval published, or {@code null}
 */
public record ChangeProposalDecided(long proposalId, long catalogueId, long countyUnitId, long originUnitId, String title,
		Decision decision, Integer publishedVersion) {

	public enum Decision {
		/** 已批准发布 */
		APPROVED,
		/** 未予批准 */
		REJECTED,
		/** 不予受理 */
		DECLINED
	}
}
