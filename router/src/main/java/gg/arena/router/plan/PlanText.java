package gg.arena.router.plan;

import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.VariableDefinition;

import java.util.List;

/** Small text helpers for the planner. */
final class PlanText {
    private PlanText() {
    }

    static boolean sameDirectives(List<Directive> a, List<Directive> b) {
        return SelectionTree.printDirectives(a).equals(SelectionTree.printDirectives(b));
    }

    static String variableDefinition(VariableDefinition vd) {
        String s = "$" + vd.getName() + ":" + AstPrinter.printAst(vd.getType());
        if (vd.getDefaultValue() != null) {
            s += "=" + AstPrinter.printAst(vd.getDefaultValue());
        }
        return s;
    }
}
