using Modular.Bench;

// dotnet run -c Release --project bench -- --scale province|national [--provider sqlite|postgres] [--postgres <connection string>] [--reuse DIR] [--files]
return await BenchRun.MainAsync(args);
