package cn.qingdan.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;

/**
 * The message centre (消息中心): the user's messages newest first, unread ones marked; opening one marks it read and
 * goes to the page it links to. Only messages addressed to the user's unit, roles or the user are found.
 */
@Controller
@RequestMapping("/messages")
class MessageController {

	static final int PAGE = 30;

	private final Messages messages;

	MessageController(Messages messages) {
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "1") int page,
			Model model) {
		QingdanUser me = DataScopes.currentUser();
		int p = Math.max(1, Math.min(page, 10_000));
		model.addAttribute("messages", messages.inbox(me, unread, (p - 1) * PAGE, PAGE + 1).stream().limit(PAGE).toList());
		model.addAttribute("more", messages.inbox(me, unread, p * PAGE, 1).size() > 0);
		model.addAttribute("page", p);
		model.addAttribute("unreadOnly", unread);
		return "notification/messages";
	}

	/** Opens a message: marks it read and goes where it points (the centre when it points nowhere). */
	@GetMapping("/{id}")
	String open(@PathVariable long id) {
		QingdanUser me = DataScopes.currentUser();
		Messages.Received m = messages.find(me, id).orElseThrow(() -> new NotFound("消息"));
		messages.markRead(me, id);
		return "redirect:" + (m.link() == null ? "/messages" : m.link());
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, RedirectAttributes redirect) {
		if (!messages.markRead(DataScopes.currentUser(), id)) {
			throw new NotFound("消息");
		}
		return "redirect:/messages";
	}

	@PostMapping("/read")
	String readAll(RedirectAttributes redirect) {
		int n = messages.markAllRead(DataScopes.currentUser());
		redirect.addFlashAttribute("flash", n == 0 ? "没有未读消息" : "已将 " + n + " 条消息标为已读");
		return "redirect:/messages";
	}
}
