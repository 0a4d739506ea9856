package cn.qingdan.shared;

import java.util.List;

/**
 * Paths a module serves to anyone without login (public pages, public API). The identity module's security
 * configuration permits every path any module declares here; everything else requires authentication.
 */
public interface PublicPaths {

	List<String> paths();
}
