package io.iocr.alfresco.harness;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;

/**
 * The database-answered (TMDQ) part of AFTS that the pipeline uses: {@code ASPECT:"p:a" AND =p:prop:"value"},
 * transactionally consistent. Any other query fails, so a query the database could not answer is caught here.
 */
public final class HarnessSearchService {

    private static final Pattern ASPECT_AND_EXACT = Pattern.compile(
            "ASPECT:\"([\\w-]+:[\\w-]+)\" AND =([\\w-]+:[\\w-]+):\"([^\"]*)\"");

    private final RepositoryState state;
    private final Transactions transactions;
    private final ModelDictionary dictionary;

    public HarnessSearchService(RepositoryState state, Transactions transactions, ModelDictionary dictionary) {
        this.state = state;
        this.transactions = transactions;
        this.dictionary = dictionary;
    }

    public SearchService searchService() {
        return ServiceProxy.of(SearchService.class, this);
    }

    public ResultSet query(StoreRef store, String language, String query) {
        if (!SearchService.LANGUAGE_FTS_ALFRESCO.equals(language)) {
            throw new IllegalArgumentException("Unsupported query language " + language);
        }
        Matcher matcher = ASPECT_AND_EXACT.matcher(query);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a database-answerable query: " + query);
        }
        QName aspect = dictionary.resolve(matcher.group(1));
        QName property = dictionary.resolve(matcher.group(2));
        String value = matcher.group(3);
        List<NodeRef> found = transactions.required(() -> {
            List<NodeRef> nodes = new ArrayList<>();
            for (RepositoryState.NodeRecord record : state.nodes.values()) {
                Serializable actual = record.props.get(property);
                if (record.aspects.contains(aspect) && actual != null && value.equals(actual.toString())) {
                    nodes.add(record.ref);
                }
            }
            return nodes;
        });
        return ServiceProxy.of(ResultSet.class, new Results(found));
    }

    /** A result set over node refs. */
    public static final class Results {
        private final List<NodeRef> nodes;

        Results(List<NodeRef> nodes) {
            this.nodes = nodes;
        }

        public long getNumberFound() {
            return nodes.size();
        }

        public int length() {
            return nodes.size();
        }

        public List<NodeRef> getNodeRefs() {
            return new ArrayList<>(nodes);
        }

        public void close() {
            // nothing held
        }
    }
}
