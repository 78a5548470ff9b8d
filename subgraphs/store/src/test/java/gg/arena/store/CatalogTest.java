package gg.arena.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest extends StoreTestBase {

    private static final String CATALOG = """
            query Catalog($category: ItemCategory, $first: Int, $after: String) {
              catalog(category: $category, first: $first, after: $after) {
                totalCount
                edges { cursor node { sku category } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Test
    void anItemIsFoundBySku() {
        DocumentContext answer = http.post("""
                { item(sku: "SKU-0007") { sku name description category rarity price } }""", Map.of());
        assertThat(answer.<String>read("$.data.item.sku")).isEqualTo("SKU-0007");
        assertThat(answer.<String>read("$.data.item.name")).isNotBlank();
        assertThat(answer.<String>read("$.data.item.category")).isIn("SKIN", "WEAPON", "EMOTE", "BOOST", "BUNDLE");
        assertThat(answer.<String>read("$.data.item.rarity")).isIn("COMMON", "RARE", "EPIC", "LEGENDARY");
        assertThat(answer.<Integer>read("$.data.item.price")).isPositive();
    }

    @Test
    void anUnknownSkuIsNull() {
        DocumentContext answer = http.post("{ item(sku: \"SKU-9999\") { sku } }", Map.of());
        assertThat(answer.<Map<String, Object>>read("$.data")).containsEntry("item", null);
        assertThat(answer.<Map<String, Object>>read("$")).doesNotContainKey("errors");
    }

    @Test
    void pagingWalksTheWholeCatalogueBySkuOnce() {
        List<String> skus = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean hasNext = true;
        while (hasNext) {
            DocumentContext page = catalog(null, 64, after);
            assertThat(page.<Integer>read("$.data.catalog.totalCount")).isEqualTo(200);
            assertThat(page.<Boolean>read("$.data.catalog.pageInfo.hasPreviousPage")).isEqualTo(after != null);
            skus.addAll(page.read("$.data.catalog.edges[*].node.sku"));
            hasNext = page.read("$.data.catalog.pageInfo.hasNextPage");
            after = page.read("$.data.catalog.pageInfo.endCursor");
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(skus).hasSize(200).doesNotHaveDuplicates().isSorted();
        assertThat(skus.getFirst()).isEqualTo("SKU-0001");
        assertThat(skus.getLast()).isEqualTo("SKU-0200");
    }

    @Test
    void aCategoryPagesOnlyItsItemsAndCountsThem() {
        DocumentContext first = catalog("WEAPON", 5, null);
        int total = first.read("$.data.catalog.totalCount");
        assertThat(total).isBetween(1, 199);
        List<String> categories = new ArrayList<>(first.read("$.data.catalog.edges[*].node.category"));
        String after = first.read("$.data.catalog.pageInfo.endCursor");
        DocumentContext rest = catalog("WEAPON", 100, after);
        categories.addAll(rest.read("$.data.catalog.edges[*].node.category"));
        assertThat(categories).hasSize(total).containsOnly("WEAPON");
        assertThat(rest.<Boolean>read("$.data.catalog.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void theCursorIsTheLastEdgesCursor() {
        DocumentContext page = catalog(null, 3, null);
        List<String> cursors = page.read("$.data.catalog.edges[*].cursor");
        assertThat(page.<String>read("$.data.catalog.pageInfo.startCursor")).isEqualTo(cursors.getFirst());
        assertThat(page.<String>read("$.data.catalog.pageInfo.endCursor")).isEqualTo(cursors.getLast());
        DocumentContext next = catalog(null, 1, cursors.get(1));
        assertThat(next.<List<String>>read("$.data.catalog.edges[*].node.sku")).containsExactly("SKU-0003");
    }

    @Test
    void aPageSizeOutsideOneToHundredIsAnError() {
        for (int first : new int[] {0, 101, -1}) {
            DocumentContext answer = catalog(null, first, null);
            assertThat(answer.<String>read("$.errors[0].extensions.code")).isEqualTo("INVALID_PAGE_SIZE");
        }
    }

    @Test
    void aForeignCursorIsAnError() {
        DocumentContext answer = catalog(null, 5, "bm90LWEtY3Vyc29y");
        assertThat(answer.<String>read("$.errors[0].extensions.code")).isEqualTo("INVALID_CURSOR");
    }

    private DocumentContext catalog(String category, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("category", category);
        variables.put("first", first);
        variables.put("after", after);
        return http.post(CATALOG, variables);
    }
}
