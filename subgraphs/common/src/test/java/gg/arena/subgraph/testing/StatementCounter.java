package gg.arena.subgraph.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Import into a test to count the SQL statements the application sends: every
 * {@link DataSource} bean is wrapped (datasource-proxy) and each executed statement is
 * recorded, from any thread, so statements run by DataLoader batches count too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    /** Forgets what was counted so far. */
    public void reset() {
        statements.clear();
    }

    /** The statements executed since the last {@link #reset}, in order. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** The statements since the last reset whose SQL contains {@code fragment} (case-insensitive). */
    public List<String> statementsMentioning(String fragment) {
        String needle = fragment.toLowerCase(java.util.Locale.ROOT);
        return statements().stream().filter(s -> s.toLowerCase(java.util.Locale.ROOT).contains(needle)).toList();
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource(StatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(counter.listener())
                            .build();
                }
                return bean;
            }
        };
    }

    private QueryExecutionListener listener() {
        return new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

            @Override
            public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                for (QueryInfo q : queryInfoList) {
                    statements.add(q.getQuery());
                }
            }
        };
    }
}
