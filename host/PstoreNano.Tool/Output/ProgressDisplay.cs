using System;
using PstoreNano.Tool.Cli;
using Spectre.Console;

namespace PstoreNano.Tool.Output
{
    /// <summary>
    /// Runs long work with progress on standard error: a Spectre.Console bar with counts and the time left
    /// when standard error is a terminal, plain periodic lines otherwise (CI logs). Standard output stays
    /// free for the results (and for --json).
    /// </summary>
    public static class ProgressDisplay
    {
        public static T Run<T>(ToolConsole console, string label, Func<IProgressMeter, T> work)
        {
            if (!console.ErrorIsTerminal)
            {
                return work(new PlainProgress(console.Error, label, console.ProgressInterval));
            }

            // Said outright: Spectre judges standard output, which may be a file while standard error is the terminal.
            IAnsiConsole screen = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(console.Error),
                Ansi = AnsiSupport.Yes,
                Interactive = InteractionSupport.Yes,
            });
            T result = default(T);
            screen.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                    new CountColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context => result = work(new BarProgress(context.AddTask(label))));
            return result;
        }

        private sealed class BarProgress : IProgressMeter
        {
            private readonly ProgressTask _task;

            public BarProgress(ProgressTask task)
            {
                _task = task;
            }

            public void Report(long done, long planned)
            {
                lock (this)
                {
                    _task.MaxValue = Math.Max(1, planned);
                    _task.Value = done;
                }
            }
        }

        /// <summary>"done/planned" beside the bar.</summary>
        private sealed class CountColumn : ProgressColumn
        {
            public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options,
                ProgressTask task, TimeSpan deltaTime)
            {
                return new Spectre.Console.Text(task.Value.ToString("F0") + "/" + task.MaxValue.ToString("F0"));
            }
        }
    }
}
