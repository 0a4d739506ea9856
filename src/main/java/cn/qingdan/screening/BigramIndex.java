package cn.qingdan.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriter;
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
 * The fuzzy half of a {@link CatalogueIndex}: an in-memory Lucene index over character bigrams of every item's name,
 * aliases, keywords and description (document number = item index), for what the exact phrases miss. Thread-safe
 * once built.
 */
final class BigramIndex {

	/** Lucene's contribution to an item's score at most (for the best bigram match). */
	static final double LUCENE_WEIGHT = 0.6;

	/** A BM25 score at which the Lucene share is full. */
	static final double LUCENE_FULL = 25.0;

	private static final Analyzer ANALYZER = new CJKAnalyzer(CharArraySet.EMPTY_SET);

	private final IndexSearcher searcher;

	/**
	 * Every bigram of the index with its term state, read once at build time: a map lookup is far cheaper than the
	 * terms-dictionary seek a query would otherwise make per bigram (the index has one segment).
	 */
	private final Map<String, TermStates> termStates;

	private BigramIndex(IndexSearcher searcher) {
		this.searcher = searcher;
		this.termStates = termStates(searcher);
	}

	static BigramIndex build(List<ItemContent> items) {
		return new BigramIndex(lucene(items));
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

	/** Lucene's best ten items for the (normalised) text, each with its share of the score. */
	Map<Integer, Double> scores(String normalised) {
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

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
