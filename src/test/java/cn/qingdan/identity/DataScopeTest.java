package cn.qingdan.identity;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopeTest {

	private static final UnitDirectory.UnitInfo COUNTY = new UnitDirectory.UnitInfo(1, "武功县", "COUNTY", "/1/", true);
	private static final UnitDirectory.UnitInfo OFFICE = new UnitDirectory.UnitInfo(2, "减负办", "OFFICE", "/1/2/", true);
	private static final UnitDirectory.UnitInfo DEPT = new UnitDirectory.UnitInfo(3, "县民政局", "DEPARTMENT", "/1/3/", true);
	private static final UnitDirectory.UnitInfo TOWN = new UnitDirectory.UnitInfo(10, "苏坊镇", "TOWNSHIP", "/1/10/", true);
	private static final UnitDirectory.UnitInfo VILLAGE = new UnitDirectory.UnitInfo(11, "田庄村", "VILLAGE", "/1/10/11/", true);
	private static final String OTHER_VILLAGE = "/1/10/12/";
	private static final String OTHER_TOWN_VILLAGE = "/1/20/21/";
	private static final String OTHER_COUNTY = "/99/100/";

	@Test
	void villageSeesItselfOnly() {
		DataScope scope = DataScope.of(EnumSet.of(Role.VILLAGE_CLERK), VILLAGE);
		assertThat(scope.kind()).isEqualTo(DataScope.Kind.UNIT);
		assertThat(scope.covers(VILLAGE.path())).isTrue();
		assertThat(scope.covers(OTHER_VILLAGE)).isFalse();
		assertThat(scope.covers(TOWN.path())).isFalse();
		assertThat(scope.likePattern()).isEqualTo("/1/10/11/");
	}

	@Test
	void townshipSeesItselfAndItsVillages() {
		DataScope scope = DataScope.of(EnumSet.of(Role.TOWNSHIP_OFFICER), TOWN);
		assertThat(scope.covers(TOWN.path())).isTrue();
		assertThat(scope.covers(VILLAGE.path())).isTrue();
		assertThat(scope.covers(OTHER_VILLAGE)).isTrue();
		assertThat(scope.covers(OTHER_TOWN_VILLAGE)).isFalse();
		assertThat(scope.covers(COUNTY.path())).isFalse();
	}

	@Test
	void departmentSeesItsOwnUnit() {
		DataScope scope = DataScope.of(EnumSet.of(Role.DEPARTMENT_OFFICER), DEPT);
		assertThat(scope.covers(DEPT.path())).isTrue();
		assertThat(scope.covers(VILLAGE.path())).isFalse();
		assertThat(scope.covers(OFFICE.path())).isFalse();
	}

	@Test
	void officeRolesAndInspectorsSeeTheWholeCountyButNoOther() {
		for (Role role : new Role[] { Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER, Role.APPROVER, Role.INSPECTOR }) {
			DataScope scope = DataScope.of(EnumSet.of(role), OFFICE);
			assertThat(scope.kind()).isEqualTo(DataScope.Kind.COUNTY);
			assertThat(scope.covers(VILLAGE.path())).isTrue();
			assertThat(scope.covers(DEPT.path())).isTrue();
			assertThat(scope.covers(OTHER_COUNTY)).isFalse();
		}
	}

	@Test
	void systemAdminSeesEverything() {
		DataScope scope = DataScope.of(EnumSet.of(Role.SYSTEM_ADMIN), COUNTY);
		assertThat(scope.covers(OTHER_COUNTY)).isTrue();
	}

	@Test
	void widestRoleWins() {
		DataScope scope = DataScope.of(EnumSet.of(Role.VILLAGE_CLERK, Role.INSPECTOR), VILLAGE);
		assertThat(scope.kind()).isEqualTo(DataScope.Kind.COUNTY);
	}

	@Test
	void apiTokensFollowTheirUnitType() {
		assertThat(DataScope.of(EnumSet.of(Role.API_CLIENT), DEPT).kind()).isEqualTo(DataScope.Kind.UNIT);
		assertThat(DataScope.of(EnumSet.of(Role.API_CLIENT), TOWN).kind()).isEqualTo(DataScope.Kind.UNIT_AND_BELOW);
		assertThat(DataScope.of(EnumSet.of(Role.API_CLIENT), OFFICE).kind()).isEqualTo(DataScope.Kind.COUNTY);
	}
}
