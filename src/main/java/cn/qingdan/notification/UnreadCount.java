package cn.qingdan.notification;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Actor;

/**
 * The top bar's unread count ({@code unreadMessages}), computed only when a page's layout shows it (a lazy variable:
 * JSON and file responses never query it).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadCount {

	private final Messages messages;

	UnreadCount(Messages messages) {
		this.messages = messages;
	}

	@ModelAttribute("unreadMessages")
	Object unreadMessages() {
		return new LazyContextVariable<Long>() {
			@Override
			protected Long loadValue() {
				return Actor.current().filter(a -> a instanceof QingdanUser u && u.id() > 0)
					.map(a -> messages.unreadCount((QingdanUser) a))
					.orElse(0L);
			}
		};
	}
}
