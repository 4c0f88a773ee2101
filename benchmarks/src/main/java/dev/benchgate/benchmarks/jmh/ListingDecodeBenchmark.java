package dev.benchgate.benchmarks.jmh;

import com.squareup.moshi.JsonReader;
import dev.benchgate.benchmarks.floor.RawListing;
import dev.benchgate.benchmarks.server.Dataset;
import dev.benchgate.benchmarks.server.Item;
import dev.benchgate.benchmarks.server.PrerenderedRunloop;
import dev.benchgate.core.model.ScenarioRunView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bytes of a whole scenario-run listing, already in memory, decoded into records with
 * Benchgate's Moshi ({@link #decode}) against two floors: tokenizing them with Moshi's {@link
 * JsonReader} and keeping nothing ({@link #tokenize}), and copying them ({@link #copy}). What is
 * left of a listing's time beyond {@link #decode} is transport and paging.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListingDecodeBenchmark {
  /** Scenario runs listed. */
  @Param("20000")
  public int scenarioRuns;

  /** Scenario runs per page. */
  @Param("5000")
  public int pageSize;

  private List<byte[]> pages;

  /** Fetches the pages. */
  @Setup(Level.Trial)
  public void fetch() {
    Dataset data = Dataset.of(scenarioRuns);
    String path = "/v1/benchmark_runs/" + data.candidate().id() + "/scenario_runs";
    List<String> targets = new ArrayList<>();
    List<Item> items = data.candidate().scenarioRuns();
    for (int from = 0; from < items.size(); from += pageSize) {
      targets.add(
          path
              + "?limit="
              + pageSize
              + (from == 0 ? "" : "&starting_after=" + items.get(from - 1).id()));
    }
    try (PrerenderedRunloop runloop = PrerenderedRunloop.start().add(data)) {
      pages = new RawListing(runloop.baseUrl()).fetch(targets);
    }
  }

  /**
   * Decodes every page into scenario runs.
   *
   * @return the scenario runs
   */
  @Benchmark
  public List<ScenarioRunView> decode() {
    List<ScenarioRunView> decoded = new ArrayList<>(scenarioRuns);
    for (byte[] page : pages) {
      decoded.addAll(RawListing.decode(new Buffer().write(page)));
    }
    return decoded;
  }

  /**
   * Reads every page's JSON tokens, keeping none.
   *
   * @return how many pages were read
   * @throws IOException never: the bytes are in memory
   */
  @Benchmark
  public int tokenize() throws IOException {
    for (byte[] page : pages) {
      try (JsonReader reader = JsonReader.of(new Buffer().write(page))) {
        reader.skipValue();
      }
    }
    return pages.size();
  }

  /**
   * Copies every page's bytes.
   *
   * @return the copies' total length
   */
  @Benchmark
  public long copy() {
    long bytes = 0;
    for (byte[] page : pages) {
      bytes += new Buffer().write(page).readByteArray().length;
    }
    return bytes;
  }
}
