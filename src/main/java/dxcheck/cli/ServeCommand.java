package dxcheck.cli;

import dxcheck.load.CannotRunException;
import dxcheck.serve.DxServer;
import dxcheck.serve.ServeOptions;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** dxcheck serve: the browser workbench and the HTTP API, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Mở bàn kiểm tra trên trình duyệt và API HTTP / Serve the browser workbench and the HTTP API.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "port; 0 picks a free one (default: 8080)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDR", description = "address to listen on (default: 127.0.0.1, this computer only)")
    String host = "127.0.0.1";

    @Mixin
    RulesOptions rules;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body (default: 8388608, 8 MiB)")
    long maxBody = ServeOptions.DEFAULT_MAX_BODY;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "longest one check may take (default: 10)")
    int timeout = (int) ServeOptions.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--threads", paramLabel = "N", description = "checks run at once (default: the number of CPUs, at least 2)")
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());

    @Option(names = "--allow-upload-policy",
            description = "let a request bring its own Policy documents (default: only --rules and --policy apply)")
    boolean allowUploadPolicy;

    @Option(names = "--lang", paramLabel = "L", converter = OptionConverters.LangValue.class,
            description = "language of the server's own messages: vi | en (default: vi)")
    Lang lang = Lang.VI;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws InterruptedException, CannotRunException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang l = lang;
        if (port < 0 || port > 65535 || maxBody < 1 || timeout < 1 || threads < 1) {
            err.println("dxcheck: " + Msg.BAD_OPTION.format(l, "--port/--max-body/--timeout/--threads",
                    "0 ≤ port ≤ 65535, others ≥ 1"));
            return ExitCode.CANNOT_RUN;
        }
        ServeOptions o = ServeOptions.defaults(rules.request()).withHost(host).withPort(port).withMaxBody(maxBody)
                .withTimeout(Duration.ofSeconds(timeout)).withThreads(threads, 16 * threads)
                .withAllowUploadPolicy(allowUploadPolicy);
        DxServer server;
        try {
            server = DxServer.start(o, main.ruleSets(), l, err);
        } catch (IOException e) {
            err.println("dxcheck: " + Msg.SERVE_CANNOT_BIND.format(l, Shown.echo(host), port, Shown.echo(e.getMessage())));
            return ExitCode.CANNOT_RUN;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dxcheck-serve-stop"));
        out.println("dxcheck serve: " + server.uri());
        out.flush();
        err.println(Msg.SERVE_LISTENING.format(l, server.rules().current().rules().rules().size(),
                server.rules().current().version()));
        err.flush();
        stopped.await();
        return ExitCode.CLEAN;
    }
}
