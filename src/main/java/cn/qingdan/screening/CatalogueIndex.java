package cn.qingdan.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import cn.qingdan.catalogue.ItemContent;

/**
 * One catalogue version, ready for screening: a dictionary of every item's name, aliases and keywords (exact phrase
 * hits, weighted by where the phrase comes from, its length and how many items share it) and an in-memory Lucene index
 * over character bigrams of names, aliases, keywords and descriptions (for what the phrases miss). Immutable and
 * thread-safe once built.
 */
final class CatalogueIndex {

	/** Where a phrase of an item comes from. */
	enum Source {
		NAME("名称", 3.0), ALIAS("别名", 2.0), KEYWORD("关键词", 1.0);

		final String label;

		final double weight;

		Source(String label, double weight) {
			this.label = label;
			this.weight = weight;
		}
	}

	record Phrase(String text, int item, Source source, double weight) {
	}

	/** A phrase found at {@code [start, end)} of the text. */
	record PhraseHit(Phrase phrase, int start, int end) {
	}

	/** How well one item matches a text: phrase hits and the Lucene share. */
	record ItemMatch(int item, double phraseScore, double luceneScore, List<PhraseHit> hits) {

		double score() {
			return phraseScore + luceneScore;
		}
	}

	/** Lucene's contribution to an item's score at most (for the best bigram match). */
	static final double LUCENE_WEIGHT = 0.6;

	/** A BM25 score at which the Lucene share is full. */
	static final double LUCENE_FULL = 25.0;

	private static final Analyzer ANALYZER = new CJKAnalyzer(CharArraySet.EMPTY_SET);

	private final long versionId;

	private final int versionNumber;

	private final List<ItemContent> items;

	private final String[] vocabulary;

	private final Map<String, Phrase[]> phrases;

	private final IndexSearcher searcher;

	/**
	 * Every bigram of the index with its term state, read once at build time: a map lookup is far cheaper than the
	 * terms-dictionary seek a query would otherwise make per bigram (the index has one segment).
	 */
	private final Map<String, TermStates> termStates;

	private CatalogueIndex(long versionId, int versionNumber, List<ItemContent> items, String[] vocabulary,
			Map<String, Phrase[]> phrases, IndexSearcher searcher) {
		this.versionId = versionId;
		this.versionNumber = versionNumber;
		this.items = items;
		this.vocabulary = vocabulary;
		this.phrases = phrases;
		this.searcher = searcher;
		this.termStates = termStates(searcher);
	}

	private static Map<String, TermStates> termStates(IndexSearcher searcher) {
		Map<String, TermStates> states = new HashMap<>();
		try {
			IndexReaderContext top = searcher.getTopReaderContext();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Terms terms = leaf.reader().terms("body");
				if (terms == null) {
					continue;
				}
				TermsEnum it = terms.iterator();
				for (BytesRef t = it.next(); t != null; t = it.next()) {
					TermStates ts = states.computeIfAbsent(t.utf8ToString(), k -> new TermStates(top));
					ts.register(it.termState(), leaf.ord, it.docFreq(), it.totalTermFreq());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return states;
	}

	static CatalogueIndex build(long versionId, int versionNumber, List<ItemContent> items) {
		List<ItemContent> list = List.copyOf(items);
		Map<String, Set<Integer>> df = new HashMap<>();
		Map<String, Phrase> best = new HashMap<>();
		String[] vocabulary = new String[list.size()];
		for (int i = 0; i < list.size(); i++) {
			ItemContent item = list.get(i);
			Map<String, Source> own = new HashMap<>();
			add(own, item.name(), Source.NAME);
			item.aliases().forEach(a -> add(own, a, Source.ALIAS));
			item.keywords().forEach(k -> add(own, k, Source.KEYWORD));
			for (String text : own.keySet()) {
				df.computeIfAbsent(text, t -> new LinkedHashSet<>()).add(i);
			}
			vocabulary[i] = String.join("|", own.keySet());
			int index = i;
			own.forEach((text, source) -> best.put(text + "\u0000" + index, new Phrase(text, index, source, 0)));
		}
		Map<String, List<Phrase>> byFirst = new HashMap<>();
		for (Phrase p : best.values()) {
			double weight = p.source().weight * lengthFactor(p.text()) / Math.sqrt(df.get(p.text()).size());
			byFirst.computeIfAbsent(p.text().substring(0, 2), c -> new ArrayList<>())
				.add(new Phrase(p.text(), p.item(), p.source(), weight));
		}
		Map<String, Phrase[]> phrases = new HashMap<>();
		byFirst.forEach((c, ps) -> {
			Phrase[] arr = ps.toArray(Phrase[]::new);
			Arrays.sort(arr, Comparator.comparingInt((Phrase p) -> -p.text().length()).thenComparing(Phrase::text));
			phrases.put(c, arr);
		});
		return new CatalogueIndex(versionId, versionNumber, list, vocabulary, phrases, lucene(list));
	}

	private static void add(Map<String, Source> own, String text, Source source) {
		if (text == null) {
			return;
		}
		String t = Texts.normalise(text.strip());
		if (t.length() < 2) {
			return;
		}
		Source before = own.get(t);
		if (before == null || before.weight < source.weight) {
			own.put(t, source);
		}
	}

	/** Two-character phrases are often ambiguous; four and more are specific. */
	private static double lengthFactor(String text) {
		return switch (text.length()) {
			case 2 -> 0.6;
			case 3 -> 0.85;
			default -> 1.0;
		};
	}

	private static IndexSearcher lucene(List<ItemContent> items) {
		try {
			ByteBuffersDirectory dir = new ByteBuffersDirectory();
			IndexWriterConfig config = new IndexWriterConfig(ANALYZER).setRAMBufferSizeMB(64);
			try (IndexWriter writer = new IndexWriter(dir, config)) {
				for (ItemContent item : items) {
					Document doc = new Document();
					StringBuilder body = new StringBuilder();
					String name = nz(item.name());
					body.append(name).append('。').append(name).append('。').append(name).append('。');
					for (String a : item.aliases()) {
						body.append(a).append('。').append(a).append('。');
					}
					for (String k : item.keywords()) {
						body.append(k).append('。');
					}
					body.append(nz(item.description()));
					doc.add(new TextField("body", Texts.normalise(body.toString()), Field.Store.NO));
					writer.addDocument(doc);
				}
				writer.forceMerge(1);
			}
			DirectoryReader reader = DirectoryReader.open(dir);
			if (reader.maxDoc() != items.size()) {
				throw new IllegalStateException("检索索引文档数与事项数不一致");
			}
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setQueryCache(null);
			return searcher;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every item with a phrase hit or among Lucene's best ten, by descending score. */
	List<ItemMatch> match(String normalised) {
		Map<Integer, List<PhraseHit>> hits = new HashMap<>();
		for (int i = 0; i + 1 < normalised.length(); i++) {
			Phrase[] candidates = phrases.get(normalised.substring(i, i + 2));
			if (candidates == null) {
				continue;
			}
			for (Phrase p : candidates) {
				if (normalised.startsWith(p.text(), i)) {
					hits.computeIfAbsent(p.item(), k -> new ArrayList<>()).add(new PhraseHit(p, i, i + p.text().length()));
				}
			}
		}
		Map<Integer, Double> lucene = luceneScores(normalised);
		Set<Integer> all = new LinkedHashSet<>(hits.keySet());
		all.addAll(lucene.keySet());
		List<ItemMatch> matches = new ArrayList<>(all.size());
		for (int item : all) {
			List<PhraseHit> own = distinct(hits.getOrDefault(item, List.of()));
			matches.add(new ItemMatch(item, phraseScore(own), lucene.getOrDefault(item, 0.0), own));
		}
		matches.sort(Comparator.comparingDouble(ItemMatch::score).reversed());
		return matches;
	}

	/** One hit per phrase (its first occurrence), longest first. */
	private static List<PhraseHit> distinct(List<PhraseHit> hits) {
		Map<String, PhraseHit> first = new HashMap<>();
		for (PhraseHit h : hits) {
			first.merge(h.phrase().text(), h, (a, b) -> a.start() <= b.start() ? a : b);
		}
		List<PhraseHit> out = new ArrayList<>(first.values());
		out.sort(Comparator.comparingInt((PhraseHit h) -> -h.phrase().text().length()).thenComparingInt(PhraseHit::start));
		return out;
	}

	/** Sum of phrase weights; a phrase inside a longer hit of the same item counts a third. */
	private static double phraseScore(List<PhraseHit> hits) {
		double score = 0;
		for (int i = 0; i < hits.size(); i++) {
			PhraseHit h = hits.get(i);
			boolean covered = false;
			for (int j = 0; j < i && !covered; j++) {
				PhraseHit longer = hits.get(j);
				covered = longer.start() <= h.start() && h.end() <= longer.end();
			}
			score += covered ? h.phrase().weight() / 3 : h.phrase().weight();
		}
		return score;
	}

	private Map<Integer, Double> luceneScores(String normalised) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream ts = ANALYZER.tokenStream("body", normalised)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken() && terms.size() < IndexSearcher.getMaxClauseCount()) {
				terms.add(term.toString());
			}
			ts.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (terms.isEmpty()) {
			return Map.of();
		}
		try {
			// bigrams no item has carry nothing; bigrams most items share (协助, 工作 …) carry little and cost most
			int common = Math.max(20, searcher.getIndexReader().maxDoc() / 10);
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			int clauses = 0;
			for (String t : terms) {
				TermStates states = termStates.get(t);
				if (states != null && states.docFreq() <= common) {
					query.add(new TermQuery(new Term("body", t), states), BooleanClause.Occur.SHOULD);
					clauses++;
				}
			}
			if (clauses == 0) {
				return Map.of();
			}
			TopDocs top = searcher.search(query.build(), 10);
			Map<Integer, Double> scores = new HashMap<>();
			for (ScoreDoc sd : top.scoreDocs) {
				scores.put(sd.doc, LUCENE_WEIGHT * Math.min(1.0, sd.score / LUCENE_FULL));
			}
			return scores;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long versionId() {
		return versionId;
	}

	int versionNumber() {
		return versionNumber;
	}

	int size() {
		return items.size();
	}

	ItemContent item(int index) {
		return items.get(index);
	}

	/** Whether the item's name, aliases or keywords contain any of the words. */
	boolean speaksFor(int item, List<String> words) {
		for (String w : words) {
			if (vocabulary[item].contains(w)) {
				return true;
			}
		}
		return false;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
