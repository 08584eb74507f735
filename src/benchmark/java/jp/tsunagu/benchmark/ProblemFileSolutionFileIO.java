package jp.tsunagu.benchmark;

import java.io.File;
import jp.tsunagu.matching.problem.ProblemFiles;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.SolutionAssembler;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;

/**
 * Lets the OptaPlanner Benchmarker read problem files: a file becomes the planning solution the
 * service would solve ({@link SolutionAssembler}). Solutions are not written back: the benchmark
 * reports scores and statistics, the outcome format belongs to the offline solver.
 */
public class ProblemFileSolutionFileIO implements SolutionFileIO<MatchingSolution> {

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public MatchingSolution read(File inputSolutionFile) {
        return SolutionAssembler.toSolution(ProblemFiles.read(inputSolutionFile.toPath()));
    }

    @Override
    public void write(MatchingSolution solution, File outputSolutionFile) {
        throw new UnsupportedOperationException("the benchmark does not write solutions; use SolveProblemFile");
    }
}
