package cn.qingdan.village;

import org.springframework.stereotype.Component;

import cn.qingdan.notification.Message;
import cn.qingdan.notification.Messages;
import cn.qingdan.notification.Recipient;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;

/**
 * The messages of the opinion ledger (notification kit): an opinion escalated past its deadline is a message to the
 * village's township (督办), shown in its message centre and on its home page; answering the opinion settles it. Named
 * by village and receipt number only — never the villager's words or person.
 */
@Component
class OpinionMessages {

	static final String CATEGORY = "意见督办";

	private final Messages messages;
	private final Units units;

	OpinionMessages(Messages messages, Units units) {
		this.messages = messages;
		this.units = units;
	}

	static String link(long opinionId) {
		return "/village/opinions/" + opinionId;
	}

	/** To the township officers of the opinion's village. */
	void escalated(Opinion o) {
		Unit village = units.unit(o.villageId()).orElseThrow();
		if (village.parentId() == null) {
			return;
		}
		messages.send(new Message(Recipient.unit(Disclosures.countyOf(o.path()), village.parentId(), "TOWNSHIP_OFFICER"),
				CATEGORY, Place.label(village.name()) + (o.inquiry() ? "村民质询" : "村民意见") + "逾期未答复，请督促办理",
				"回执号 " + o.receipt() + "，答复期限 " + o.dueOn() + " 已过仍未答复，已提请乡镇督办。", link(o.id())));
	}

	/** The opinion was answered: its reminders and the township's message are settled. */
	void answered(long opinionId) {
		messages.settle(link(opinionId));
	}
}
