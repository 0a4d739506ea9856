package cn.qingdan.region;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the division tree. */
@Service
public class Regions {

	private final JdbcClient jdbc;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> find(String code) {
		return jdbc.sql("select code, name, level, parent_code from region where code = ?")
			.param(normalise(code))
			.query(Regions::map)
			.optional();
	}

	public List<Region> children(String code) {
		return jdbc.sql("select code, name, level, parent_code from region where parent_code = ? order by code")
			.param(normalise(code))
			.query(Regions::map)
			.list();
	}

	public List<Region> roots() {
		return jdbc.sql("select code, name, level, parent_code from region where level = 1 order by code")
			.query(Regions::map)
			.list();
	}

	/** Pads a 2/4/6/9-digit code to 12 digits; returns the input unchanged when it is not all digits. */
	public static String normalise(String code) {
		if (code == null) {
			return null;
		}
		String c = code.strip();
		if (!c.chars().allMatch(Character::isDigit) || c.length() > 12) {
			return c;
		}
		return c + "0".repeat(12 - c.length());
	}

	static Region map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Region(rs.getString("code"), rs.getString("name"), Region.Level.of(rs.getInt("level")),
				rs.getString("parent_code"));
	}
}
