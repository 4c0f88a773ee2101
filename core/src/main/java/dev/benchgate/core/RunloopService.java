package dev.benchgate.core;

import dev.benchgate.core.internal.BenchmarkJobListView;
import dev.benchgate.core.internal.BenchmarkListView;
import dev.benchgate.core.internal.BenchmarkRunListView;
import dev.benchgate.core.internal.ScenarioListView;
import dev.benchgate.core.internal.ScenarioRunListView;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The endpoints of the Runloop API, for Retrofit: the read endpoints, and the few writes {@link
 * RunloopClient} offers as explicit opt-ins (starting a benchmark job or run, canceling a run).
 * Paths are relative so that a base URL with a path prefix (a proxy) keeps it. Lists send {@code
 * include_total_count=false}: the count costs the server a query and nothing here reads it. A
 * {@code null} query parameter is left out.
 *
 * <p>The benchmark-run endpoints take the path of benchmark runs in the API generation the {@link
 * GenerationRouter} chose as {@code runs}: {@code benchmark_runs} now, {@code benchmarks/runs} in
 * the legacy API. Benchmark jobs exist only in the current API, and so do the writes: they take the
 * current paths whatever the generation.
 */
interface RunloopService {

  @GET("v1/{runs}/{id}")
  Call<BenchmarkRunView> benchmarkRun(
      @Path(value = "runs", encoded = true) String runs, @Path("id") String id);

  @GET("v1/{runs}?include_total_count=false")
  Call<BenchmarkRunListView> benchmarkRuns(
      @Path(value = "runs", encoded = true) String runs,
      @Query("benchmark_id") String benchmarkId,
      @Query("state") String state,
      @Query("name") String name,
      @Query("search") String search,
      @Query("limit") int limit,
      @Query("starting_after") String startingAfter);

  @GET("v1/{runs}/{id}/scenario_runs?include_total_count=false")
  Call<ScenarioRunListView> scenarioRunsOfRun(
      @Path(value = "runs", encoded = true) String runs,
      @Path("id") String benchmarkRunId,
      @Query("state") String state,
      @Query("search") String search,
      @Query("limit") int limit,
      @Query("starting_after") String startingAfter);

  @GET("v1/scenarios/runs?include_total_count=false")
  Call<ScenarioRunListView> scenarioRuns(
      @Query("benchmark_run_id") String benchmarkRunId,
      @Query("scenario_id") String scenarioId,
      @Query("state") String state,
      @Query("name") String name,
      @Query("search") String search,
      @Query("limit") int limit,
      @Query("starting_after") String startingAfter);

  @GET("v1/scenarios/runs/{id}")
  Call<ScenarioRunView> scenarioRun(@Path("id") String id);

  @GET("v1/scenarios/{id}")
  Call<ScenarioView> scenario(@Path("id") String id);

  @GET("v1/scenarios?include_total_count=false")
  Call<ScenarioListView> scenarios(
      @Query("name") String name,
      @Query("benchmark_id") String benchmarkId,
      @Query("validation_type") String validationType,
      @Query("search") String search,
      @Query("limit") int limit,
      @Query("starting_after") String startingAfter);

  /** Takes no {@code include_total_count}: the API documents only paging for this one. */
  @GET("v1/benchmarks/{id}/definitions")
  Call<ScenarioListView> benchmarkDefinitions(
      @Path("id") String benchmarkId,
      @Query("limit") int limit,
      @Query("starting_after") String startingAfter);

  @GET("v1/benchmarks/{id}")
  Call<BenchmarkView> benchmark(@Path("id") String id);

  @GET("v1/benchmarks?include_total_count=false")
  Call<BenchmarkListView> benchmarks(
      @Query("name") String name,
      @Query("search") String search,
      @Query("limit") int limit,
      @Query("starting_after") String startingAfter);

  @GET("v1/benchmark_jobs/{id}")
  Call<BenchmarkJobView> benchmarkJob(@Path("id") String id);

  @GET("v1/benchmark_jobs?include_total_count=false")
  Call<BenchmarkJobListView> benchmarkJobs(
      @Query("name") String name,
      @Query("search") String search,
      @Query("limit") int limit,
      @Query("starting_after") String startingAfter);

  /** Write: the body is {@link BenchmarkJobRequest}'s JSON. */
  @POST("v1/benchmark_jobs")
  Call<BenchmarkJobView> startBenchmarkJob(@Body RequestBody body);

  /** Write: the body is {@link BenchmarkRunRequest}'s JSON. */
  @POST("v1/benchmarks/start_run")
  Call<BenchmarkRunView> startBenchmarkRun(@Body RequestBody body);

  /** Write, without a body. */
  @POST("v1/benchmark_runs/{id}/cancel")
  Call<BenchmarkRunView> cancelBenchmarkRun(@Path("id") String id);
}
