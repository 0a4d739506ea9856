package cn.qingdan.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.news.NewsItem;
import cn.qingdan.shared.news.NewsProvider;

/** The home page's 消息 panel shows the user's messages of the last 30 days (the same ones as the message centre). */
@Component
class MessageNews implements NewsProvider {

	static final Duration WINDOW = Duration.ofDays(30);

	private final Messages messages;
	private final Clock clock;

	MessageNews(Messages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<NewsItem> newsFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || user.id() <= 0) {
			return List.of();
		}
		return messages.since(user, clock.instant().minus(WINDOW), 20).stream()
			.map(m -> new NewsItem(m.category(), m.title(), m.link() == null ? "/messages" : "/messages/" + m.id(),
					LocalDate.ofInstant(m.at(), clock.getZone())))
			.toList();
	}
}
