/**
 * The home page's 消息 contract: modules contribute recent outcomes ({@link cn.qingdan.shared.news.NewsItem}) for an
 * actor through {@link cn.qingdan.shared.news.NewsProvider}; the web module gathers and renders them.
 */
@org.springframework.modulith.NamedInterface("news")
package cn.qingdan.shared.news;
