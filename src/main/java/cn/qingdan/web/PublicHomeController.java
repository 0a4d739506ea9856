package cn.qingdan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public landing page ({@code /public}, no login): what each public service is for, so that a villager, a village
 * clerk or an agency that scanned a certificate finds the right one.
 */
@Controller
class PublicHomeController {

	@GetMapping({ "/public", "/public/" })
	String home() {
		return "web/public-home";
	}
}
