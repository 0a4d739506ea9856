package cn.qingdan.shared.todo;

import java.util.List;

import cn.qingdan.shared.Actor;

/** Implemented by every module that asks someone to act; the home page gathers all providers' items. */
public interface TodoProvider {

	List<TodoItem> todosFor(Actor actor);
}
